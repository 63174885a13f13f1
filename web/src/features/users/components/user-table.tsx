import { Table, Text } from "@mantine/core";
import type { User } from "@otagai/shared/users/schemas";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../components/format";
import { AnchorLink } from "../../../components/router-links";
import { UserStatusBadge } from "./user-status-badge";

export function UserTable({ users }: { users: User[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("users.tableCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("fields.displayName")}</Table.Th>
            <Table.Th scope="col">{t("fields.email")}</Table.Th>
            <Table.Th scope="col">{t("fields.role")}</Table.Th>
            <Table.Th scope="col">{t("fields.status")}</Table.Th>
            <Table.Th scope="col">{t("users.lastLogin")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5}>{t("common.noResults")}</Table.Td>
            </Table.Tr>
          ) : null}
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <AnchorLink to="/admin/users/$id" params={{ id: user.id }} search={{}} fw={600}>
                  {user.displayName}
                </AnchorLink>
                {user.displayNameKana ? (
                  <Text size="xs" c="dimmed">
                    {user.displayNameKana}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              <Table.Td>
                <UserStatusBadge status={user.status} />
              </Table.Td>
              <Table.Td>
                {user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : t("users.never")}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
