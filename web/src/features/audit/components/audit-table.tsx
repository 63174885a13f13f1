import { Group, Table, Text } from "@mantine/core";
import { type AuditAction, auditActions } from "@otagai/shared/audit/actions";
import type { AuditEvent } from "@otagai/shared/audit/schemas";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { CardList } from "../../../components/card-list";
import { formatDateTime } from "../../../components/format";
import { AnchorLink } from "../../../components/router-links";
import { useIsPhone } from "../../../components/use-is-phone";
import { auditEntityLabel } from "../audit-entities";

const knownActions = new Set<string>(auditActions);
/** A bad row may hold any text (the list reports it rather than failing): only known ones are translated. */
function isAuditAction(action: string): action is AuditAction {
  return knownActions.has(action);
}

function actionLabel(event: AuditEvent, t: TFunction) {
  return isAuditAction(event.action) ? t(`audit.actions.${event.action}`) : event.action;
}

/** Who acted: the person's name today, else the address recorded, else the system itself. */
function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.actorName && !event.actorEmail) {
    return (
      <Text span c="dimmed" size="sm">
        {t("audit.system")}
      </Text>
    );
  }
  return (
    <>
      <Text span size="sm" fw={600} display="block">
        {event.actorName ?? event.actorEmail}
      </Text>
      {event.actorName && event.actorEmail ? (
        <Text span size="xs" c="dimmed" display="block" style={{ overflowWrap: "anywhere" }}>
          {event.actorEmail}
        </Text>
      ) : null}
    </>
  );
}

/**
 * What the entry is about: the kind of record, then the record by name (a link that narrows the
 * list to that record's history, reads of lists that showed it included), or how many a list read showed.
 */
function Target({ event }: { event: AuditEvent }) {
  const { t, i18n } = useTranslation();
  const entity = auditEntityLabel(event.entity, i18n);
  let record: React.ReactNode = null;
  if (event.recordId) {
    record = (
      <AnchorLink
        to="/admin/audit"
        search={{ recordId: event.recordId, kind: "all" }}
        size="sm"
        style={{ overflowWrap: "anywhere" }}
        title={event.recordLabel ? undefined : event.recordId}
      >
        {/* A record with no name to show (deleted, or a run like a sweep) by the start of its id. */}
        {event.recordLabel ?? `#${event.recordId.slice(0, 8)}`}
      </AnchorLink>
    );
  } else if (event.action === "read") {
    record = (
      <Text span size="sm" c="dimmed">
        {event.recordCount > 0
          ? t("audit.listRecordCount", { count: event.recordCount })
          : t("audit.listRecord")}
      </Text>
    );
  }
  return (
    <>
      <Text span size="xs" c="dimmed" display="block">
        {entity}
      </Text>
      {record ? <span style={{ display: "block" }}>{record}</span> : null}
    </>
  );
}

function Problems({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return event.problems.map((problem) => (
    <Text key={problem} span c="red.9" size="sm" display="block">
      {t(`audit.reasons.${problem}`)}
    </Text>
  ));
}

/** On a phone each entry is a card, read top to bottom: when, what, about what, who. */
function AuditCards({ events }: { events: AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <CardList label={t("audit.tableCaption")} items={events} itemKey={(event) => event.id}>
      {(event) => (
        <>
          <Group justify="space-between" wrap="nowrap" gap="xs" mb={4}>
            <Text size="sm" fw={700}>
              {actionLabel(event, t)}
            </Text>
            <Text size="xs" c="dimmed">
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
            </Text>
          </Group>
          <Problems event={event} />
          <Target event={event} />
          <Group gap={4} mt={4} wrap="nowrap" align="flex-start">
            <Text span size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {t("audit.actor")}:
            </Text>
            <div style={{ minWidth: 0 }}>
              <Actor event={event} />
            </div>
          </Group>
          {event.changedFields.length > 0 ? (
            <Text size="xs" mt={4}>
              {t("audit.changedFields")}: {event.changedFields.join(", ")}
            </Text>
          ) : null}
        </>
      )}
    </CardList>
  );
}

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  if (isPhone) return <AuditCards events={events} />;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table captionSide="top" striped verticalSpacing="xs" fz="sm">
        <Table.Caption ta="left" c="dimmed">
          {t("audit.tableCaption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={170}>
              {t("audit.occurredAt")}
            </Table.Th>
            <Table.Th scope="col" miw={150}>
              {t("audit.actor")}
            </Table.Th>
            <Table.Th scope="col" w={110}>
              {t("audit.action")}
            </Table.Th>
            <Table.Th scope="col" miw={170}>
              {t("audit.entity")}
            </Table.Th>
            <Table.Th scope="col">{t("audit.changedFields")}</Table.Th>
            <Table.Th scope="col" w={130}>
              {t("audit.clientAddress")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={6}>{t("common.noResults")}</Table.Td>
            </Table.Tr>
          ) : null}
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
              </Table.Td>
              <Table.Td>
                <Actor event={event} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {actionLabel(event, t)}
                <Problems event={event} />
              </Table.Td>
              <Table.Td>
                <Target event={event} />
              </Table.Td>
              <Table.Td>{event.changedFields.join(", ")}</Table.Td>
              <Table.Td style={{ overflowWrap: "anywhere" }}>{event.clientAddress ?? ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
