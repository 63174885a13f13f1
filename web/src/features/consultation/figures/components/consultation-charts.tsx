import { BarChart, LineChart } from "@mantine/charts";
import type { ConsultationFigures } from "@otagai/shared/consultation/figures";
import { useTranslation } from "react-i18next";
import { categoryLabel } from "../../consultation-format";
import { FigureSection } from "./figure-section";
import { useMonthLabel } from "./month-label";

// Charts are pictures beside their tables: recharts' keyboard layer off (nothing to focus in them).
const chartProps = { accessibilityLayer: false };
const countColor = "teal.6";

/** The consultations' breakdowns: category, channel, concern topic, outcome route, month. */
export function ConsultationCharts({ figures }: { figures: ConsultationFigures }) {
  const { t } = useTranslation();
  const monthLabel = useMonthLabel();
  const count = t("consultation.figures.columns.count");
  const minutes = t("consultation.figures.columns.minutes");
  const series = [{ name: "count", label: count, color: countColor }];

  const categories = figures.byCategory.map((row) => ({
    key: row.categoryId,
    label: categoryLabel(row, t),
    count: row.count,
    minutes: row.minutes,
  }));
  const channels = figures.byChannel.map((row) => ({
    key: row.channel,
    label: t(`consultation.channels.${row.channel}`),
    count: row.count,
  }));
  const topics = figures.byConcernTopic.map((row) => ({
    key: row.topic,
    label: t(`support.concernTopics.${row.topic}`),
    count: row.count,
  }));
  const routes = figures.byOutcomeRoute.map((row) => ({
    key: row.route,
    label:
      row.route === "unset"
        ? t("consultation.figures.unsetRoute")
        : t(`consultation.outcomeRoutes.${row.route}`),
    count: row.count,
  }));
  const months = figures.byMonth.map((row) => ({
    key: row.month,
    label: monthLabel(row.month),
    count: row.count,
    minutes: row.minutes,
  }));

  /** A horizontal bar per row: long Japanese labels stay readable. */
  const bars = (data: { label: string; count: number }[]) => (
    <BarChart
      h={Math.max(160, data.length * 30)}
      data={data}
      dataKey="label"
      orientation="vertical"
      series={series}
      yAxisProps={{ width: 180 }}
      barChartProps={chartProps}
      withTooltip={false}
      withBarValueLabel
    />
  );

  return (
    <>
      <FigureSection
        title={t("consultation.figures.sections.byCategory")}
        chart={bars(categories)}
        columns={[t("consultation.figures.columns.category"), count, minutes]}
        rows={categories.map((row) => ({ key: row.key, cells: [row.label, row.count, row.minutes] }))}
      />
      <FigureSection
        title={t("consultation.figures.sections.byMonth")}
        chart={
          <LineChart
            h={260}
            data={months}
            dataKey="label"
            series={series}
            lineChartProps={chartProps}
            withTooltip={false}
            curveType="linear"
          />
        }
        columns={[t("consultation.figures.columns.month"), count, minutes]}
        rows={months.map((row) => ({ key: row.key, cells: [row.label, row.count, row.minutes] }))}
      />
      <FigureSection
        title={t("consultation.figures.sections.byChannel")}
        chart={bars(channels)}
        columns={[t("consultation.figures.columns.channel"), count]}
        rows={channels.map((row) => ({ key: row.key, cells: [row.label, row.count] }))}
      />
      <FigureSection
        title={t("consultation.figures.sections.byConcernTopic")}
        chart={bars(topics)}
        columns={[t("consultation.figures.columns.topic"), count]}
        rows={topics.map((row) => ({ key: row.key, cells: [row.label, row.count] }))}
      />
      <FigureSection
        title={t("consultation.figures.sections.byOutcomeRoute")}
        chart={bars(routes)}
        columns={[t("consultation.figures.columns.route"), count]}
        rows={routes.map((row) => ({ key: row.key, cells: [row.label, row.count] }))}
      />
    </>
  );
}
