import { Alert, Button, Drawer, Group, Stack, Table, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../../components/format";
import { ErrorState, LoadingState, MutationError } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import { ScrollTable } from "../../../../components/scroll-table";
import { type Figure, type ReportQuery, useDownloadReport, useDrillDown } from "../api/contract-reports";
import { useReportLabels } from "../report-format";
import { useRowLabel } from "./report-table";

type Props = {
  contractId: string;
  query: ReportQuery;
  figure: Figure | null;
  /** The figure's column as the table names it. */
  columnLabel: string;
  onClose: () => void;
};

/**
 * The records behind one figure (the same query that counts it): who, which case, what record and
 * when. A reader who may not see the program's people gets the figure and a note instead.
 */
export function DrillDownDrawer({ contractId, query, figure, columnLabel, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useReportLabels();
  const rowLabel = useRowLabel();
  const drill = useDrillDown(contractId, query, figure);
  const download = useDownloadReport(contractId);
  const data = drill.data;
  const label = figure ? `${rowLabel(figure.indicator, figure.part)} ${columnLabel}` : "";
  const countMeasure = data?.measure === "people" || data?.measure === "rate" ? "people" : "records";

  return (
    <Drawer
      opened={figure !== null}
      onClose={() => {
        download.reset();
        onClose();
      }}
      position="right"
      size="xl"
      closeButtonProps={{ "aria-label": t("reports.contracts.drill.close") }}
      title={<Text fw={700}>{t("reports.contracts.drill.title", { label })}</Text>}
    >
      {drill.isPending ? <LoadingState /> : null}
      {drill.isError ? <ErrorState error={drill.error} onRetry={() => void drill.refetch()} /> : null}
      {data && figure ? (
        <Stack gap="md">
          <Group gap="xl" align="flex-end" component="dl" m={0}>
            <div>
              <Text size="sm" c="dimmed" component="dt">
                {t("reports.contracts.drill.figure")}
              </Text>
              <Text component="dd" m={0} size="xl" fw={700} data-testid="drill-figure">
                {labels.value(data.figure, data.measure)}
              </Text>
            </div>
            {data.mayListRecords ? (
              <div>
                <Text size="sm" c="dimmed" component="dt">
                  {t("reports.contracts.drill.countLabel")}
                </Text>
                <Text component="dd" m={0} size="xl" fw={700} data-testid="drill-count">
                  {t(`reports.contracts.drill.count.${countMeasure}`, {
                    count: formatNumber(data.rowCount, i18n.language),
                  })}
                </Text>
              </div>
            ) : null}
          </Group>
          <Text size="sm">
            {t("reports.contracts.drill.period", { from: data.period.from, to: data.period.to })}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`reports.indicators.${figure.indicator}.definition`)}
          </Text>
          {!data.mayListRecords ? (
            <Alert color="gray" c="dark">
              {t("reports.contracts.drill.countsOnly")}
            </Alert>
          ) : (
            <>
              <Group>
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} aria-hidden />}
                  loading={download.isPending}
                  disabled={data.rowCount === 0}
                  onClick={() => download.mutate({ file: "records.xlsx", query, figure })}
                >
                  {t("reports.contracts.drill.download")}
                </Button>
              </Group>
              <MutationError error={download.error} title={t("reports.contracts.downloads.failed")} />
              {data.rowCount > data.rows.length ? (
                <Text size="sm">{t("reports.contracts.drill.truncated", { shown: data.rows.length })}</Text>
              ) : null}
              {data.rows.length === 0 ? (
                <Text c="dimmed">{t("reports.contracts.drill.none")}</Text>
              ) : (
                <ScrollTable minWidth={560} label={t("reports.contracts.drill.caption", { label })}>
                  <Table striped captionSide="top">
                    <Table.Caption>{t("reports.contracts.drill.caption", { label })}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t("reports.contracts.drill.participant")}</Table.Th>
                        <Table.Th scope="col">{t("reports.contracts.drill.case")}</Table.Th>
                        <Table.Th scope="col">{t("reports.contracts.drill.recordKind")}</Table.Th>
                        <Table.Th scope="col">{t("reports.contracts.drill.date")}</Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t("reports.contracts.drill.amount")}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.rows.map((row) => (
                        <Table.Tr key={`${row.recordKind}|${row.recordId}|${row.participantId}`}>
                          <Table.Th scope="row" fw={400}>
                            <AnchorLink to="/support/participants/$id" params={{ id: row.participantId }}>
                              {row.participantName}
                            </AnchorLink>
                          </Table.Th>
                          <Table.Td>
                            <AnchorLink to="/support/cases/$id" params={{ id: row.caseId }}>
                              {t("reports.contracts.drill.openCase")}
                            </AnchorLink>
                          </Table.Td>
                          <Table.Td>{t(`reports.contracts.drill.recordKinds.${row.recordKind}`)}</Table.Td>
                          <Table.Td>{row.onDate}</Table.Td>
                          <Table.Td ta="right">{formatNumber(row.amount, i18n.language)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )}
            </>
          )}
        </Stack>
      ) : null}
    </Drawer>
  );
}
