import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { AnchorLink } from "../../../../components/router-links";
import { useMyOpenActionItems } from "../api/meetings";

/** The caller's open action items, by due date, each linking to its meeting. */
export function MyActionItems() {
  const { t } = useTranslation();
  const items = useMyOpenActionItems();
  if (items.isPending) return <LoadingState />;
  if (items.isError) return <ErrorState error={items.error} onRetry={() => void items.refetch()} />;
  if (items.data.items.length === 0) return <Text c="dimmed">{t("network.meetings.actionItems.none")}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("network.meetings.actionItems.dueOn")}</Table.Th>
            <Table.Th scope="col">{t("network.meetings.actionItems.itemTitle")}</Table.Th>
            <Table.Th scope="col">{t("network.meetings.actionItems.meeting")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.data.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{item.dueOn}</Table.Td>
              <Table.Td>{item.title}</Table.Td>
              <Table.Td>
                <AnchorLink to="/network/meetings/$id" params={{ id: item.meetingId }}>
                  {item.meetingTitle}
                </AnchorLink>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
