import { Code, Table, Text } from "@mantine/core";
import { type AuditAction, type AuditEvent, auditActions } from "@otagai/shared/audit/schemas";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../components/format";
import { auditEntityLabel } from "../audit-entities";

const knownActions = new Set<string>(auditActions);
/** A bad row may hold any text (the list reports it rather than failing): only known ones are translated. */
function isAuditAction(action: string): action is AuditAction {
  return knownActions.has(action);
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table captionSide="top" striped verticalSpacing="xs" fz="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("audit.tableCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("audit.occurredAt")}</Table.Th>
            <Table.Th scope="col">{t("audit.actor")}</Table.Th>
            <Table.Th scope="col">{t("audit.action")}</Table.Th>
            <Table.Th scope="col">{t("audit.entity")}</Table.Th>
            <Table.Th scope="col">{t("audit.recordId")}</Table.Th>
            <Table.Th scope="col">{t("audit.changedFields")}</Table.Th>
            <Table.Th scope="col">{t("audit.clientAddress")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={7}>{t("common.noResults")}</Table.Td>
            </Table.Tr>
          ) : null}
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
              </Table.Td>
              <Table.Td>
                {event.actorEmail ?? (
                  <Text span c="dimmed" size="sm">
                    {t("audit.system")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {isAuditAction(event.action) ? t(`audit.actions.${event.action}`) : event.action}
                {event.problems.map((problem) => (
                  <Text key={problem} span c="red" size="sm" display="block">
                    {t(`audit.reasons.${problem}`)}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>{auditEntityLabel(event.entity, i18n)}</Table.Td>
              <Table.Td>
                {event.recordId ? (
                  <Code>{event.recordId}</Code>
                ) : event.action === "read" ? (
                  // Reading a list concerns no one record.
                  <Text span c="dimmed" size="sm">
                    {t("audit.listRecord")}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{event.changedFields.join(", ")}</Table.Td>
              <Table.Td>{event.clientAddress ?? ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
