import { Table, Text } from "@mantine/core";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../components/format";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingState } from "../../../components/query-state";
import { AnchorLink } from "../../../components/router-links";
import { ScrollTable } from "../../../components/scroll-table";
import { NetworkNav } from "../components/network-nav";
import { useDuesList } from "./api/members";

/** /network/members/dues: the unpaid dues of every organization, the latest fiscal year first. */
export function UnpaidDuesPage(): JSX.Element {
  const { t, i18n } = useTranslation();
  const dues = useDuesList({ unpaid: true });
  const m = "network.members" as const;
  return (
    <>
      <NetworkNav current="members" />
      <AnchorLink to="/network/members" size="sm">
        {t(`${m}.toList`)}
      </AnchorLink>
      <PageHeader title={t(`${m}.unpaidTitle`)} lead={t(`${m}.unpaidLead`)} />
      {dues.isPending ? <LoadingState /> : null}
      {dues.isError ? <ErrorState error={dues.error} onRetry={() => void dues.refetch()} /> : null}
      {dues.data && dues.data.items.length === 0 ? <Text c="dimmed">{t(`${m}.unpaidNone`)}</Text> : null}
      {dues.data && dues.data.items.length > 0 ? (
        <ScrollTable minWidth={560} label={t(`${m}.unpaidTitle`)}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`${m}.fiscalYearLabel`)}</Table.Th>
                <Table.Th scope="col">{t(`${m}.columns.name`)}</Table.Th>
                <Table.Th scope="col">{t(`${m}.columns.status`)}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t(`${m}.dues.amount`)}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dues.data.items.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>{t(`${m}.fiscalYear`, { year: row.fiscalYear })}</Table.Td>
                  <Table.Td>
                    <AnchorLink to="/network/members/$id" params={{ id: row.memberOrganizationId }}>
                      {row.organizationName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{t(`${m}.statuses.${row.organizationStatus}`)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.amountYen, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </>
  );
}
