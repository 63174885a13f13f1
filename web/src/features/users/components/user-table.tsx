import { Group, Table, Text } from "@mantine/core";
import type { User } from "@otagai/shared/users/schemas";
import { useTranslation } from "react-i18next";
import { CardList } from "../../../components/card-list";
import { formatDateTime } from "../../../components/format";
import { AnchorLink } from "../../../components/router-links";
import { useIsPhone } from "../../../components/use-is-phone";
import { UserStatusBadge } from "./user-status-badge";

function UserName({ user }: { user: User }) {
  return (
    <>
      <AnchorLink to="/admin/users/$id" params={{ id: user.id }} search={{}} fw={600}>
        {user.displayName}
      </AnchorLink>
      {user.displayNameKana ? (
        <Text size="xs" c="dimmed">
          {user.displayNameKana}
        </Text>
      ) : null}
    </>
  );
}

/** On a phone each user is a card: every column in view, nothing pushed off the screen. */
function UserCards({ users }: { users: User[] }) {
  const { t, i18n } = useTranslation();
  return (
    <CardList label={t("users.tableCaption")} items={users} itemKey={(user) => user.id}>
      {(user) => (
        <>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <UserName user={user} />
            </div>
            <UserStatusBadge status={user.status} />
          </Group>
          <Text size="sm" mt={4} style={{ overflowWrap: "anywhere" }}>
            {user.email}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`roles.${user.role}`)} ・ {t("users.lastLogin")}:{" "}
            {user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : t("users.never")}
          </Text>
        </>
      )}
    </CardList>
  );
}

export function UserTable({ users }: { users: User[] }) {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  if (isPhone) return <UserCards users={users} />;
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
                <UserName user={user} />
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
