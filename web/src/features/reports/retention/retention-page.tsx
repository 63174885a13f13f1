import { Box, List, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { type JSX, useId } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../app/form-errors";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { ReportsNav } from "../components/reports-nav";
import { useRetention } from "./api/get-retention";
import { curveLabel } from "./components/curve-label";
import { RetentionChart } from "./components/retention-chart";
import { RetentionFilters } from "./components/retention-filters";
import { AtRiskTable, CurveTable, ReasonsTable, SummaryTable } from "./components/retention-tables";
import type { RetentionSearch } from "./search-values";

const routeApi = getRouteApi("/_authenticated/reports/retention");
const definitionKeys = ["who", "duration", "notFollowedUp", "estimate", "groups"] as const;

function Definition() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} mt="xl">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t("reports.retention.definition.heading")}
      </Title>
      <List spacing="xs" size="sm">
        {definitionKeys.map((key) => (
          <List.Item key={key}>{t(`reports.retention.definition.${key}`)}</List.Item>
        ))}
      </List>
    </Box>
  );
}

/** 定着の分析: Kaplan–Meier retention curves with bands, numbers at risk, and reasons for stopping. */
export function RetentionPage(): JSX.Element {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const retention = useRetention(search);
  const errors = serverFieldErrors(retention.error, t);
  const refused = Object.keys(errors).length > 0;
  const chartHeadingId = useId();
  const tablesHeadingId = useId();
  const report = retention.data;
  const labels = report ? report.curves.map((curve) => curveLabel(curve, report.groupBy, t)) : [];

  function change(next: RetentionSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader title={t("reports.retention.title")} lead={t("reports.retention.lead")} />
      <ReportsNav current="retention" />
      <RetentionFilters value={search} programs={report?.programs ?? []} onChange={change} errors={errors} />
      {retention.isPending ? <LoadingState /> : null}
      {retention.isError && !refused ? (
        <ErrorState error={retention.error} onRetry={() => void retention.refetch()} />
      ) : null}
      {report && !refused ? (
        <>
          {report.notFollowedUp > 0 ? (
            <Text size="sm" c="dimmed" mb="sm">
              {t("reports.retention.notFollowedUp", { count: report.notFollowedUp })}
            </Text>
          ) : null}
          {report.curves.length === 0 ? (
            <Text mb="md">{t("reports.retention.empty")}</Text>
          ) : (
            <>
              <Box component="section" aria-labelledby={chartHeadingId}>
                <Title order={2} size="h3" id={chartHeadingId} mb="xs">
                  {t("reports.retention.chart.heading")}
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  {t("reports.retention.chart.note")}
                </Text>
                <RetentionChart
                  curves={report.curves}
                  labels={labels}
                  monthsLabel={t("reports.retention.chart.months")}
                  survivalLabel={t("reports.retention.chart.survival")}
                />
                <AtRiskTable curves={report.curves} labels={labels} months={report.atRiskMonths} />
              </Box>
              <SummaryTable curves={report.curves} labels={labels} />
              <Box component="section" aria-labelledby={tablesHeadingId}>
                <Title order={2} size="h3" id={tablesHeadingId} mt="xl" mb="sm">
                  {t("reports.retention.table.heading")}
                </Title>
                {report.curves.map((curve, index) => (
                  <CurveTable key={curve.key} curve={curve} label={labels[index] ?? curve.key} />
                ))}
              </Box>
            </>
          )}
          <ReasonsTable reasons={report.reasons} />
        </>
      ) : null}
      <Definition />
    </>
  );
}
