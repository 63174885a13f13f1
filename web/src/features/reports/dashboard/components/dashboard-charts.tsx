import { BarChart, LineChart } from "@mantine/charts";
import type { Dashboard, DashboardRow } from "@otagai/shared/reports/dashboard";
import { useTranslation } from "react-i18next";
import { ChartSection } from "./chart-section";

// Charts are pictures beside their tables: recharts' keyboard layer off (nothing to focus in them).
const chartProps = { accessibilityLayer: false };
const colors = ["teal.6", "blue.6", "grape.6", "orange.6", "red.6", "cyan.7", "indigo.6"];
/** The indicators charted together (their scale is alike); participants and contacts have their own. */
const barIndicators = ["newIntakes", "plansMade", "startedWork", "raisedIncome", "placementsStarted"];

export function useMonthLabel() {
  const { t } = useTranslation();
  return (month: string, long = false) =>
    t(long ? "reports.dashboard.monthLong" : "reports.dashboard.month", {
      year: month.slice(0, 4),
      month: Number(month.slice(5, 7)),
      mm: month.slice(5, 7),
    });
}

/** The indicators by month, active participants against capacity, and the desk's consultations. */
export function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const monthLabel = useMonthLabel();
  const label = (row: DashboardRow) => t(`reports.indicators.${row.indicator}.label`);
  const charted = dashboard.rows.filter((row) => barIndicators.includes(row.indicator));
  const byMonth = dashboard.months.map((month, index) => ({
    month: monthLabel(month),
    ...Object.fromEntries(charted.map((row) => [row.indicator, row.byMonth[index]])),
  }));
  const active = dashboard.rows.find((row) => row.indicator === "activeParticipants");
  const activeSeriesLabel = t("reports.dashboard.charts.activeSeries");
  const activeData = dashboard.months.map((month, index) => ({
    month: monthLabel(month),
    active: active?.byMonth[index] ?? null,
  }));
  const capacity = dashboard.capacity;
  const consultationLabel = t("reports.dashboard.kpi.consultations");
  const consultations = dashboard.months.map((month, index) => ({
    month: monthLabel(month),
    count: dashboard.desk.consultationsByMonth[index] ?? null,
  }));
  const monthColumn = t("reports.dashboard.columns.month");

  return (
    <>
      <ChartSection
        title={t("reports.dashboard.charts.indicators")}
        stacked
        chart={
          <BarChart
            h={300}
            data={byMonth}
            dataKey="month"
            series={charted.map((row, index) => ({
              name: row.indicator,
              label: label(row),
              color: colors[index % colors.length] as string,
            }))}
            barChartProps={chartProps}
            withTooltip={false}
            withLegend
            legendProps={{ verticalAlign: "bottom" }}
          />
        }
        columns={[
          t("reports.dashboard.columns.indicator"),
          ...dashboard.months.map((m) => monthLabel(m)),
          t("reports.dashboard.total"),
        ]}
        rows={dashboard.rows.map((row) => ({
          key: row.indicator,
          cells: [label(row), ...row.byMonth, row.total],
        }))}
      />
      <ChartSection
        title={t("reports.dashboard.charts.active")}
        note={t("reports.dashboard.capacityNote")}
        chart={
          <LineChart
            h={280}
            data={activeData}
            dataKey="month"
            series={[{ name: "active", label: activeSeriesLabel, color: "teal.6" }]}
            lineChartProps={chartProps}
            withTooltip={false}
            withLegend
            legendProps={{ verticalAlign: "bottom" }}
            curveType="linear"
            yAxisProps={{
              domain: [0, Math.max(capacity ?? 0, ...activeData.map((row) => row.active ?? 0)) + 2],
            }}
            referenceLines={
              capacity === null
                ? []
                : [
                    {
                      y: capacity,
                      label: t("reports.dashboard.charts.capacityLine", { capacity }),
                      color: "red.7",
                      strokeDasharray: "6 4",
                    },
                  ]
            }
          />
        }
        columns={[monthColumn, activeSeriesLabel, t("reports.dashboard.kpi.capacity")]}
        rows={dashboard.months.map((month, index) => ({
          key: month,
          cells: [monthLabel(month, true), active?.byMonth[index] ?? null, capacity],
        }))}
      />
      <ChartSection
        title={t("reports.dashboard.charts.consultations")}
        chart={
          <BarChart
            h={240}
            data={consultations}
            dataKey="month"
            series={[{ name: "count", label: consultationLabel, color: "blue.6" }]}
            barChartProps={chartProps}
            withTooltip={false}
          />
        }
        columns={[monthColumn, consultationLabel]}
        rows={consultations.map((row, index) => ({
          key: dashboard.months[index] ?? row.month,
          cells: [monthLabel(dashboard.months[index] ?? "", true), row.count],
        }))}
      />
    </>
  );
}
