import { Button, Group, Select, TextInput } from "@mantine/core";
import { auditActions } from "@otagai/shared/audit/actions";
import { IconSearch } from "@tabler/icons-react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../app/form-errors";
import type { FindAuditEventsParams } from "../api/find-audit-events";
import { auditEntities, auditEntityLabel } from "../audit-entities";
import { auditKinds } from "../audit-kinds";

interface AuditFiltersProps {
  value: FindAuditEventsParams;
  onChange: (next: FindAuditEventsParams) => void;
  /** The API's messages about the filters (a record id too long, say), by field. */
  errors?: FieldErrors;
}

function isKnownEntity(entity: string) {
  return (auditEntities as readonly string[]).includes(entity);
}

function toDraft(value: FindAuditEventsParams) {
  return {
    action: value.action ?? null,
    kind: value.kind ?? "changes",
    entity: value.entity ?? "",
    recordId: value.recordId ?? "",
    from: value.from ?? "",
    to: value.to ?? "",
  };
}

export function AuditFilters({ value, onChange, errors = {} }: AuditFiltersProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(() => toDraft(value));
  useEffect(() => setDraft(toDraft(value)), [value]);
  // "" stands for every entity; an entity the list does not know yet (from a link) stays choosable.
  const entityOptions = [
    { value: "", label: t("common.all") },
    ...[...auditEntities, ...(value.entity && !isKnownEntity(value.entity) ? [value.entity] : [])].map(
      (entity) => ({ value: entity, label: auditEntityLabel(entity, i18n) }),
    ),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({
      action: auditActions.find((action) => action === draft.action),
      // "changes" is the page's default: left out of the address.
      kind: auditKinds.find((kind) => kind === draft.kind && kind !== "changes"),
      entity: draft.entity || undefined,
      recordId: draft.recordId.trim() || undefined,
      from: draft.from || undefined,
      to: draft.to || undefined,
    });
  }

  return (
    <search aria-label={t("audit.filters")}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <Select
            label={t("audit.kind")}
            data={auditKinds.map((kind) => ({ value: kind, label: t(`audit.kinds.${kind}`) }))}
            value={draft.kind}
            allowDeselect={false}
            // A chosen action decides alone (find-audit-events.ts#queryKind).
            disabled={!!draft.action}
            onChange={(kind) => setDraft((current) => ({ ...current, kind: kind ?? "changes" }))}
            style={{ flex: "1 1 160px" }}
          />
          <Select
            label={t("audit.action")}
            data={auditActions.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
            value={draft.action}
            placeholder={t("common.all")}
            clearable
            onChange={(action) => setDraft((current) => ({ ...current, action }))}
            style={{ flex: "1 1 180px" }}
          />
          <Select
            label={t("audit.entity")}
            data={entityOptions}
            value={draft.entity}
            error={errors.entity}
            allowDeselect={false}
            onChange={(entity) => setDraft((current) => ({ ...current, entity: entity ?? "" }))}
            style={{ flex: "1 1 140px" }}
          />
          <TextInput
            label={t("audit.recordId")}
            value={draft.recordId}
            error={errors.recordId}
            onChange={(event) => {
              const recordId = event.currentTarget.value;
              setDraft((current) => ({ ...current, recordId }));
            }}
            style={{ flex: "1 1 200px" }}
          />
          <TextInput
            label={t("audit.from")}
            type="date"
            value={draft.from}
            error={errors.from}
            onChange={(event) => {
              const from = event.currentTarget.value;
              setDraft((current) => ({ ...current, from }));
            }}
            style={{ flex: "1 1 150px", maxWidth: 220 }}
          />
          <TextInput
            label={t("audit.to")}
            type="date"
            value={draft.to}
            error={errors.to}
            onChange={(event) => {
              const to = event.currentTarget.value;
              setDraft((current) => ({ ...current, to }));
            }}
            style={{ flex: "1 1 150px", maxWidth: 220 }}
          />
          <Group gap="xs">
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
              {t("audit.apply")}
            </Button>
            <Button variant="default" onClick={() => onChange({})}>
              {t("common.clear")}
            </Button>
          </Group>
        </Group>
      </form>
    </search>
  );
}
