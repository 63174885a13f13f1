import { Badge, Group, Select, Table, Text } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { ScrollTable } from "../../../components/scroll-table";
import { ReportsNav } from "../components/reports-nav";
import { type ReportContract, useReportContracts } from "./api/contract-reports";
import { todayInJapan, useReportLabels } from "./report-format";

const routeApi = getRouteApi("/_authenticated/reports/contracts");

function currentFiscalYear(): number {
  const today = todayInJapan();
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 4 ? year : year - 1;
}

function SubmittedMonths({ contract }: { contract: ReportContract }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  if (contract.submitted.length === 0) return <>{t("reports.contracts.list.noneSubmitted")}</>;
  const sorted = [...contract.submitted].sort();
  return (
    <Group gap={4}>
      {sorted.map((key) => (
        <Badge key={key} variant="light" c="dark" radius="sm">
          {key === "year" ? t("reports.contracts.list.year") : labels.monthShort(key)}
        </Badge>
      ))}
    </Group>
  );
}

/** The contracts of a fiscal year, each with its program, funder, period, streams and submitted reports. */
export function ContractsPage(): JSX.Element {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const contracts = useReportContracts();
  const items = contracts.data?.items ?? [];
  const years = [...new Set(items.map((contract) => contract.fiscalYear))].sort((a, b) => b - a);
  const current = currentFiscalYear();
  const fiscalYear = search.fiscalYear ?? (years.includes(current) ? current : (years[0] ?? current));
  const shown = items.filter((contract) => contract.fiscalYear === fiscalYear);
  const yearOptions = (years.includes(fiscalYear) ? years : [fiscalYear, ...years]).map((year) => ({
    value: String(year),
    label: labels.year(year),
  }));

  return (
    <>
      <PageHeader title={t("reports.contracts.title")} lead={t("reports.contracts.lead")} />
      <ReportsNav current="contracts" />
      <Select
        label={t("reports.contracts.fiscalYear")}
        data={yearOptions}
        value={String(fiscalYear)}
        allowDeselect={false}
        onChange={(value) => value && void navigate({ search: { fiscalYear: Number(value) } })}
        maw={220}
        mb="md"
      />
      {contracts.isPending ? <LoadingState /> : null}
      {contracts.isError ? (
        <ErrorState error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : null}
      {contracts.data && shown.length === 0 ? <Text c="dimmed">{t("reports.contracts.none")}</Text> : null}
      {shown.length > 0 ? (
        <ScrollTable
          minWidth={760}
          label={t("reports.contracts.list.caption", { year: labels.year(fiscalYear) })}
        >
          <Table striped captionSide="top">
            <Table.Caption>
              {t("reports.contracts.list.caption", { year: labels.year(fiscalYear) })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("reports.contracts.list.program")}</Table.Th>
                <Table.Th scope="col">{t("reports.contracts.list.funder")}</Table.Th>
                <Table.Th scope="col">{t("reports.contracts.list.period")}</Table.Th>
                <Table.Th scope="col">{t("reports.contracts.list.streams")}</Table.Th>
                <Table.Th scope="col">{t("reports.contracts.list.submitted")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((contract) => (
                <Table.Tr key={contract.id}>
                  <Table.Th scope="row" fw={500}>
                    <AnchorLink to="/reports/contracts/$id" params={{ id: contract.id }} search={{}}>
                      {contract.programName}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>{contract.municipality}</Table.Td>
                  <Table.Td>
                    {contract.periodStart} – {contract.periodEnd}
                  </Table.Td>
                  <Table.Td>
                    {contract.fundingStreams.length > 0
                      ? contract.fundingStreams.map((stream) => stream.name).join("、")
                      : t("reports.contracts.list.wholeProgram")}
                  </Table.Td>
                  <Table.Td>
                    <SubmittedMonths contract={contract} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </>
  );
}
