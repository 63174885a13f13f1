import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import type { AppointmentFigures, ReferralFigures } from "@otagai/shared/consultation/figures";
import type { ReferralStatus } from "@otagai/shared/consultation/referrals";
import { useTranslation } from "react-i18next";
import { FigureSection } from "./figure-section";
import { useMonthLabel } from "./month-label";

const chartProps = { accessibilityLayer: false };
const statusColors = {
  sent: "blue.5",
  accepted: "teal.6",
  declined: "red.6",
  result_received: "grape.6",
  closed: "gray.6",
} as const;
const appointmentColors = { kept: "teal.6", missed: "red.6", booked: "blue.5", cancelled: "gray.5" } as const;
const appointmentOrder = ["kept", "missed", "booked", "cancelled"] as const;

/** Referrals by status and by agency or advisor; appointments by month and status. */
export function DeskCharts({
  referrals,
  appointments,
}: {
  referrals: ReferralFigures;
  appointments: AppointmentFigures;
}) {
  const { t } = useTranslation();
  const monthLabel = useMonthLabel();
  const count = t("consultation.figures.columns.count");
  const status = (key: ReferralStatus) => t(`consultation.figures.referralStatuses.${key}`);
  const statuses = referrals.byStatus.map((row) => ({
    key: row.status,
    label: status(row.status),
    count: row.count,
  }));
  const statusSeries = referrals.byStatus.map((row) => ({
    name: row.status,
    label: status(row.status),
    color: statusColors[row.status],
  }));
  const destinations = referrals.byDestination.map((row) => ({
    key: `${row.kind}-${row.id}`,
    label: `${row.name}（${t(`consultation.figures.destinationKinds.${row.kind}`)}）`,
    total: row.total,
    ...row.byStatus,
  }));
  const months = appointments.byMonth.map((row) => ({ ...row, label: monthLabel(row.month) }));
  const appointmentSeries = appointmentOrder.map((key) => ({
    name: key,
    label: t(`consultation.figures.appointmentStatuses.${key}`),
    color: appointmentColors[key],
  }));

  return (
    <>
      <FigureSection
        title={t("consultation.figures.sections.referralsByStatus")}
        chart={
          <BarChart
            h={200}
            data={statuses}
            dataKey="label"
            orientation="vertical"
            series={[{ name: "count", label: count, color: "blue.6" }]}
            yAxisProps={{ width: 140 }}
            barChartProps={chartProps}
            withTooltip={false}
            withBarValueLabel
          />
        }
        columns={[t("consultation.figures.columns.status"), count]}
        rows={statuses.map((row) => ({ key: row.key, cells: [row.label, row.count] }))}
      />
      <FigureSection
        title={t("consultation.figures.sections.referralsByDestination")}
        chart={
          destinations.length > 0 ? (
            <BarChart
              h={Math.max(160, destinations.length * 34)}
              data={destinations}
              dataKey="label"
              type="stacked"
              orientation="vertical"
              series={statusSeries}
              yAxisProps={{ width: 200 }}
              barChartProps={chartProps}
              withTooltip={false}
              withLegend
            />
          ) : (
            <Text c="dimmed">{t("consultation.figures.noDestinations")}</Text>
          )
        }
        columns={[
          t("consultation.figures.columns.destination"),
          ...statusSeries.map((series) => series.label),
          t("consultation.figures.columns.total"),
        ]}
        rows={destinations.map((row) => ({
          key: row.key,
          cells: [row.label, ...referrals.byStatus.map((entry) => row[entry.status]), row.total],
        }))}
      />
      <FigureSection
        title={t("consultation.figures.sections.appointmentsByMonth")}
        chart={
          <BarChart
            h={280}
            data={months}
            dataKey="label"
            type="stacked"
            series={appointmentSeries}
            barChartProps={chartProps}
            withTooltip={false}
            withLegend
          />
        }
        columns={[
          t("consultation.figures.columns.month"),
          ...appointmentSeries.map((series) => series.label),
        ]}
        rows={months.map((row) => ({
          key: row.month,
          cells: [row.label, ...appointmentOrder.map((key) => row[key])],
        }))}
      />
    </>
  );
}
