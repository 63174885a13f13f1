import { Table, Text, Title } from "@mantine/core";
import type { RetentionCurve, RetentionReport } from "@otagai/shared/reports/retention";
import { type StoppedReason, stoppedReasons } from "@otagai/shared/support/outcomes";
import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../components/format";
import { ScrollTable } from "../../../../components/scroll-table";
import { curveColor } from "./curve-label";

/** A coded reason in the catalog's words; older free text as it was written. */
function reasonLabel(reason: string, t: TFunction): string {
  return (stoppedReasons as readonly string[]).includes(reason)
    ? t(`reports.retention.stoppedReasons.${reason as StoppedReason}`)
    : reason;
}

const percent = (value: number | null, locale: string) =>
  value === null ? "—" : `${formatNumber(Math.round(value * 1000) / 10, locale)}%`;

/** The numbers at risk under the chart: one row per curve, a column per month. */
export function AtRiskTable({
  curves,
  labels,
  months,
}: {
  curves: RetentionCurve[];
  labels: string[];
  months: number[];
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <>
      <Text id={headingId} size="sm" fw={700} mt="sm" mb={4}>
        {t("reports.retention.atRisk.heading")}
      </Text>
      <ScrollTable minWidth={480} labelledBy={headingId}>
        <Table withTableBorder aria-labelledby={headingId} data-testid="retention-at-risk">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("reports.retention.atRisk.group")}</Table.Th>
              {months.map((month) => (
                <Table.Th key={month} scope="col" ta="right">
                  {t("reports.retention.atRisk.month", { month })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {curves.map((curve, index) => (
              <Table.Tr key={curve.key}>
                <Table.Th scope="row" fw={400}>
                  <span aria-hidden="true" style={{ color: curveColor(index) }}>
                    ■{" "}
                  </span>
                  {labels[index]}
                </Table.Th>
                {curve.atRisk.map((count, column) => (
                  <Table.Td key={months[column]} ta="right">
                    {formatNumber(count, i18n.language)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}

/** Each group's size, stops and median time in work. */
export function SummaryTable({ curves, labels }: { curves: RetentionCurve[]; labels: string[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mt="xl" mb="sm">
        {t("reports.retention.summary.heading")}
      </Title>
      <ScrollTable minWidth={420} labelledBy={headingId}>
        <Table striped withTableBorder aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("reports.retention.summary.group")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("reports.retention.summary.n")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("reports.retention.summary.events")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("reports.retention.summary.median")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {curves.map((curve, index) => (
              <Table.Tr key={curve.key}>
                <Table.Th scope="row" fw={400}>
                  {labels[index]}
                </Table.Th>
                <Table.Td ta="right">{formatNumber(curve.n, i18n.language)}</Table.Td>
                <Table.Td ta="right">{formatNumber(curve.events, i18n.language)}</Table.Td>
                <Table.Td ta="right">
                  {curve.medianMonths === null
                    ? t("reports.retention.summary.medianNotReached")
                    : t("reports.retention.summary.medianMonths", {
                        months: formatNumber(curve.medianMonths, i18n.language),
                      })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </section>
  );
}

/** The chart as a table, one per curve: each step with its band, numbers at risk and stops. */
export function CurveTable({ curve, label }: { curve: RetentionCurve; label: string }) {
  const { t, i18n } = useTranslation();
  const caption = t("reports.retention.table.caption", { label });
  return (
    <ScrollTable minWidth={420} label={caption}>
      <Table striped withTableBorder captionSide="top" mb="md">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" ta="right">
              {t("reports.retention.table.month")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("reports.retention.table.survival")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("reports.retention.table.band")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("reports.retention.table.atRisk")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("reports.retention.table.events")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {curve.points.map((point) => (
            <Table.Tr key={point.month}>
              <Table.Th scope="row" ta="right" fw={400}>
                {formatNumber(point.month, i18n.language)}
              </Table.Th>
              <Table.Td ta="right">{percent(point.survival, i18n.language)}</Table.Td>
              <Table.Td ta="right">
                {percent(point.lower, i18n.language)}–{percent(point.upper, i18n.language)}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(point.atRisk, i18n.language)}</Table.Td>
              <Table.Td ta="right">{formatNumber(point.events, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The reasons for stopping, counted by their recorded text. */
export function ReasonsTable({ reasons }: { reasons: RetentionReport["reasons"] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const rows = [
    ...reasons.items.map((item) => ({
      key: `r:${item.reason}`,
      label: reasonLabel(item.reason, t),
      count: item.count,
    })),
    ...(reasons.others > 0
      ? [{ key: "others", label: t("reports.retention.reasons.others"), count: reasons.others }]
      : []),
    ...(reasons.unrecorded > 0
      ? [{ key: "unrecorded", label: t("reports.retention.reasons.unrecorded"), count: reasons.unrecorded }]
      : []),
  ];
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mt="xl" mb="sm">
        {t("reports.retention.reasons.heading")}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t("reports.retention.reasons.none")}</Text>
      ) : (
        <ScrollTable minWidth={320} labelledBy={headingId}>
          <Table striped withTableBorder aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("reports.retention.reasons.reason")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("reports.retention.reasons.count")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={400}>
                    {row.label}
                  </Table.Th>
                  <Table.Td ta="right">{formatNumber(row.count, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
