import { Alert, Button, Paper, Text } from "@mantine/core";
import { fiscalYearLabel } from "@otagai/shared/japanese/fiscal-year";
import { IconDownload } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../app/form-errors";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { ReportsNav } from "../components/reports-nav";
import { useAggregates, useDownloadAggregates } from "./api/get-aggregates";
import { AggregateFilters } from "./components/aggregate-filters";
import { AggregateTable } from "./components/aggregate-table";
import type { AggregatesSearch } from "./search-values";

const routeApi = getRouteApi("/_authenticated/reports/aggregates");

/** 公開用の集計表: a fiscal year's counts with small cells hidden, on screen and as Excel. */
export function AggregatesPage(): JSX.Element {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const aggregates = useAggregates(search);
  const download = useDownloadAggregates();
  const errors = serverFieldErrors(aggregates.error, t);
  const refused = Object.keys(errors).length > 0;
  const data = aggregates.data;

  function change(next: AggregatesSearch) {
    download.reset();
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        title={t("reports.aggregates.title")}
        lead={t("reports.aggregates.lead")}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={download.isPending}
            disabled={!data || refused}
            onClick={() => download.mutate(search)}
          >
            {t("reports.aggregates.download")}
          </Button>
        }
      />
      <ReportsNav current="aggregates" />
      {download.isError ? (
        <Alert color="red" role="alert" mb="md" title={t("reports.aggregates.downloadFailed")}>
          {download.error.message}
        </Alert>
      ) : null}
      <AggregateFilters
        value={search}
        shownYear={data?.fiscalYear}
        programs={data?.programs ?? []}
        onChange={change}
        errors={errors}
      />
      {aggregates.isPending ? <LoadingState /> : null}
      {aggregates.isError && !refused ? (
        <ErrorState error={aggregates.error} onRetry={() => void aggregates.refetch()} />
      ) : null}
      {data && !refused ? (
        <>
          <Text mb="xs" aria-live="polite">
            {t("reports.aggregates.period", {
              fiscalYear: fiscalYearLabel(data.fiscalYear) ?? String(data.fiscalYear),
              from: data.period.from,
              to: data.period.to,
            })}
          </Text>
          <Paper withBorder p="sm" mb="lg" data-testid="aggregates-legend">
            <Text size="sm">{t("reports.aggregates.legend", { threshold: data.threshold })}</Text>
            <Text size="sm" c="dimmed">
              {t("reports.aggregates.deskOnly")}
            </Text>
          </Paper>
          {data.tables.map((table) => (
            <AggregateTable key={table.key} table={table} threshold={data.threshold} />
          ))}
        </>
      ) : null}
    </>
  );
}
