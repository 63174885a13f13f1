import { Anchor, Table, Text } from "@mantine/core";
import type { ContractReport, ReportDifference, ReportRow } from "@otagai/shared/reports/contract-reports";
import type { ContractIndicator } from "@otagai/shared/reports/indicators";
import { useTranslation } from "react-i18next";
import { ScrollTable } from "../../../../components/scroll-table";
import type { Figure } from "../api/contract-reports";
import { useReportLabels } from "../report-format";

const keyOf = (indicator: string, part: string, column: string) => `${indicator}|${part}|${column}`;

/** The label of one row: the indicator, and the part when the indicator has several. */
export function useRowLabel() {
  const { t } = useTranslation();
  // A part's key depends on its indicator: looked up as a plain key (every pair is in the catalog).
  const anyKey = t as unknown as (key: string) => string;
  return (indicator: ContractIndicator, part: string) => {
    const label = t(`reports.indicators.${indicator}.label`);
    const partLabel = anyKey(`reports.indicators.${indicator}.parts.${part}`);
    return partLabel === label ? label : `${label}：${partLabel}`;
  };
}

type Props = {
  report: ContractReport;
  caption: string;
  onOpen: (figure: Figure) => void;
};

/**
 * The report's figures: one row per indicator part (its plain-language definition under the label),
 * the months as columns and the total last. Submitted, the table shows the figures as sent, and
 * a cell the records have changed since shows both (submitted → current), highlighted. Every figure
 * is a button that lists the records behind it.
 */
export function ReportTable({ report, caption, onOpen }: Props) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const rowLabel = useRowLabel();
  const sent = report.submission?.status === "submitted" ? report.submission.rows : null;
  const shownRows: ReportRow[] = sent ?? report.rows;
  const differences = new Map<string, ReportDifference>(
    report.differences.map((difference) => [
      keyOf(difference.indicator, difference.part, difference.column),
      difference,
    ]),
  );
  const columns = [
    ...report.months.map((month) => ({
      key: month,
      column: month as string | undefined,
      label: report.kind === "monthly" ? labels.monthLong(month) : labels.monthShort(month),
    })),
    { key: "total", column: undefined, label: t(`reports.contracts.report.totals.${report.kind}`) },
  ];

  function cell(row: ReportRow, column: (typeof columns)[number], index: number) {
    const value = column.column === undefined ? row.total : (row.byMonth[index] ?? null);
    const difference = differences.get(keyOf(row.indicator, row.part, column.key));
    const label = rowLabel(row.indicator, row.part);
    const text = difference
      ? t("reports.contracts.report.submittedToCurrent", {
          submitted: labels.value(difference.submitted, row.measure),
          current: labels.value(difference.current, row.measure),
        })
      : labels.value(value, row.measure);
    return (
      <Table.Td key={column.key} ta="right" bg={difference ? "yellow.1" : undefined}>
        <Anchor
          component="button"
          type="button"
          underline="always"
          style={{ whiteSpace: "nowrap" }}
          onClick={() => onOpen({ indicator: row.indicator, part: row.part, column: column.column })}
          aria-label={t("reports.contracts.report.open", { label, column: column.label, value: text })}
        >
          {difference ? (
            <>
              <s>{labels.value(difference.submitted, row.measure)}</s> →{" "}
              <strong>{labels.value(difference.current, row.measure)}</strong>
            </>
          ) : (
            text
          )}
        </Anchor>
      </Table.Td>
    );
  }

  return (
    <ScrollTable minWidth={report.kind === "yearly" ? 1280 : 640} label={caption}>
      <Table withTableBorder withColumnBorders captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("reports.contracts.report.indicator")}</Table.Th>
            <Table.Th scope="col">{t("reports.contracts.report.measure")}</Table.Th>
            {columns.map((column) => (
              <Table.Th scope="col" key={column.key} ta="right">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shownRows.map((row, index) => {
            const first = index === 0 || shownRows[index - 1]?.indicator !== row.indicator;
            return (
              <Table.Tr key={`${row.indicator}|${row.part}`}>
                <Table.Th scope="row" fw={500} maw={360}>
                  <Text fw={600} size="sm">
                    {rowLabel(row.indicator, row.part)}
                  </Text>
                  {first ? (
                    <Text size="xs" c="dimmed" fw={400}>
                      {t(`reports.indicators.${row.indicator}.definition`)}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>{t(`reports.indicators.measures.${row.measure}`)}</Table.Td>
                {columns.map((column, columnIndex) => cell(row, column, columnIndex))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
