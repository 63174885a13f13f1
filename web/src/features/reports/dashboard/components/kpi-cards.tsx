import { Paper, SimpleGrid, Text, Title } from "@mantine/core";
import type { Dashboard } from "@otagai/shared/reports/dashboard";
import type { ContractIndicator } from "@otagai/shared/reports/indicators";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../components/format";
import { useMonthLabel } from "./dashboard-charts";

type Card = { key: string; label: string; value: string; note?: string };

function CardGroup({ title, cards }: { title: string; cards: Card[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} style={{ marginBottom: "var(--mantine-spacing-lg)" }}>
      <Title order={3} size="h4" id={headingId} mb="xs">
        {title}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" m={0}>
        {cards.map((card) => (
          <Paper key={card.key} withBorder p="sm" data-testid={`kpi-${card.key}`}>
            <Text component="dt" size="sm" c="dimmed">
              {card.label}
            </Text>
            <Text component="dd" m={0} fw={700} fz="xl">
              {card.value}
            </Text>
            {card.note ? (
              <Text component="dd" m={0} size="xs" c="dimmed">
                {card.note}
              </Text>
            ) : null}
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

/** The key figures: the program's (or the association's) year, the desk's and the network's. */
export function KpiCards({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const monthLabel = useMonthLabel();
  const number = (value: number) => formatNumber(value, i18n.language);
  const label = (indicator: ContractIndicator) => t(`reports.indicators.${indicator}.label`);
  const { desk, network, capacity } = dashboard;

  const active = dashboard.rows.find((row) => row.indicator === "activeParticipants");
  const lastIndex = active ? active.byMonth.findLastIndex((value) => value !== null) : -1;
  const lastActive = lastIndex >= 0 ? (active?.byMonth[lastIndex] ?? null) : null;
  const lastMonth = dashboard.months[lastIndex];
  const programCards: Card[] = dashboard.rows.map((row) => ({
    key: row.indicator,
    label: label(row.indicator),
    value: row.total === null ? t("reports.dashboard.notBegun") : number(row.total),
  }));
  programCards.push({
    key: "capacity",
    label: t("reports.dashboard.kpi.capacity"),
    value: capacity === null ? t("reports.dashboard.kpi.noCapacity") : number(capacity),
    note:
      capacity !== null && lastActive !== null && lastMonth
        ? `${t("reports.dashboard.kpi.utilization", { month: monthLabel(lastMonth, true) })}: ${number(lastActive)} / ${number(capacity)}`
        : undefined,
  });

  const developing = network.prospectsByStage.filter(
    (row) => row.stage !== "active" && row.stage !== "paused",
  );
  const stageNote = developing
    .map((row) => `${t(`reports.dashboard.stages.${row.stage}`)} ${number(row.count)}`)
    .join("・");
  const referralNote = desk.referralsByStatus
    .filter((row) => row.count > 0)
    .map((row) => `${t(`reports.dashboard.referralStatuses.${row.status}`)} ${number(row.count)}`)
    .join("・");

  return (
    <section aria-labelledby="dashboard-kpi" style={{ marginBottom: "var(--mantine-spacing-xl)" }}>
      <Title order={2} size="h3" id="dashboard-kpi" mb="sm">
        {t("reports.dashboard.kpi.heading")}
      </Title>
      <CardGroup title={t("reports.dashboard.kpi.program")} cards={programCards} />
      <CardGroup
        title={t("reports.dashboard.kpi.desk")}
        cards={[
          {
            key: "consultations",
            label: t("reports.dashboard.kpi.consultations"),
            value: number(desk.consultations),
          },
          {
            key: "referrals",
            label: t("reports.dashboard.kpi.referrals"),
            value: number(desk.referrals),
            note: referralNote || undefined,
          },
        ]}
      />
      <CardGroup
        title={t("reports.dashboard.kpi.network")}
        cards={[
          {
            key: "members",
            label: t("reports.dashboard.kpi.members", { date: network.membersOn }),
            value: number(network.members),
          },
          {
            key: "activeWorkplaces",
            label: t("reports.dashboard.kpi.activeWorkplaces"),
            value: number(network.activeWorkplaces),
          },
          {
            key: "prospects",
            label: t("reports.dashboard.kpi.prospects"),
            value: number(developing.reduce((sum, row) => sum + row.count, 0)),
            note: stageNote,
          },
          { key: "requests", label: t("reports.dashboard.kpi.requests"), value: number(network.requests) },
          {
            key: "openActionItems",
            label: t("reports.dashboard.kpi.openActionItems"),
            value: number(network.openActionItems),
          },
        ]}
      />
    </section>
  );
}
