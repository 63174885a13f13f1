import "@mantine/charts/styles.css";
import { Group, Text } from "@mantine/core";
import { fiscalYearLabel } from "@otagai/shared/japanese/fiscal-year";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { ButtonLink } from "../../../components/router-links";
import { ReportsNav } from "../components/reports-nav";
import { useDashboard } from "./api/get-dashboard";
import { DashboardCharts } from "./components/dashboard-charts";
import { DashboardFilters } from "./components/dashboard-filters";
import { KpiCards } from "./components/kpi-cards";
import type { DashboardSearch } from "./search-values";

const routeApi = getRouteApi("/_authenticated/reports/");

/**
 * The reports' front page, the manager's dashboard: a fiscal year's key indicators by month for one
 * program or the whole association, against the contracts' capacity, with the desk's and the
 * network's key figures.
 */
export function DashboardPage(): JSX.Element {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const dashboard = useDashboard(search);
  const data = dashboard.data;

  function change(next: DashboardSearch) {
    void navigate({ search: next });
  }

  return (
    <>
      <PageHeader
        title={t("reports.title")}
        lead={t("reports.dashboard.lead")}
        actions={
          <ButtonLink
            to="/reports/contracts"
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          >
            {t("reports.dashboard.contractsLink")}
          </ButtonLink>
        }
      />
      <ReportsNav current="dashboard" />
      <DashboardFilters dashboard={data} value={search} onChange={change} />
      {dashboard.isPending ? <LoadingState /> : null}
      {dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : null}
      {data ? (
        <>
          <Group mb="md">
            <Text aria-live="polite" fw={500}>
              {t("reports.dashboard.shown", {
                program: data.program?.name ?? t("reports.dashboard.filters.allPrograms"),
                year: fiscalYearLabel(data.fiscalYear) ?? data.fiscalYear,
                from: data.period.from,
                to: data.period.to,
              })}
            </Text>
          </Group>
          <KpiCards dashboard={data} />
          <DashboardCharts dashboard={data} />
        </>
      ) : null}
    </>
  );
}
