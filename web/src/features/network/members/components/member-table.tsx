import { Badge, Table, Text } from "@mantine/core";
import type { MemberOrganizationSummary } from "@otagai/shared/network/members";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../../components/router-links";
import { ScrollTable } from "../../../../components/scroll-table";

const statusColors = { active: "teal", resting: "yellow", left: "gray" } as const;

/** The organizations of one page, 五十音順. */
export function MemberTable({ members }: { members: MemberOrganizationSummary[] }) {
  const { t } = useTranslation();
  const m = "network.members" as const;
  if (members.length === 0) return <Text c="dimmed">{t(`${m}.noResults`)}</Text>;
  return (
    <ScrollTable minWidth={760} label={t(`${m}.title`)}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`${m}.columns.name`)}</Table.Th>
            <Table.Th scope="col">{t(`${m}.columns.kind`)}</Table.Th>
            <Table.Th scope="col">{t(`${m}.columns.fields`)}</Table.Th>
            <Table.Th scope="col">{t(`${m}.columns.area`)}</Table.Th>
            <Table.Th scope="col">{t(`${m}.columns.joinedOn`)}</Table.Th>
            <Table.Th scope="col">{t(`${m}.columns.status`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <AnchorLink to="/network/members/$id" params={{ id: member.id }}>
                  {member.name}
                </AnchorLink>
                <Text size="xs" c="dimmed" lang="ja">
                  {member.nameKana}
                </Text>
              </Table.Td>
              <Table.Td>{t(`${m}.kinds.${member.kind}`)}</Table.Td>
              <Table.Td>{member.fields.map((field) => t(`${m}.fields.${field}`)).join("、")}</Table.Td>
              <Table.Td>{member.area}</Table.Td>
              <Table.Td>{member.joinedOn}</Table.Td>
              <Table.Td>
                <Badge
                  c="dark"
                  radius="sm"
                  style={{ textTransform: "none", minWidth: "max-content" }}
                  color={statusColors[member.status]}
                  variant="light"
                >
                  {t(`${m}.statuses.${member.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
