import { Button, Group, Select, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../../app/form-errors";
import type { MemberSearch } from "../api/members";
import { memberFieldValues, memberKindValues, memberStatusValues } from "../search-values";

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | undefined {
  return options.find((option) => option === value);
}

/** The list's search (name or reading, area: sent with the button) and its choices (at once). */
export function MemberFilters({
  value,
  onChange,
  errors = {},
}: {
  value: MemberSearch;
  onChange: (next: MemberSearch) => void;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  const m = "network.members" as const;
  const [q, setQ] = useState(value.q ?? "");
  const [area, setArea] = useState(value.area ?? "");
  useEffect(() => setQ(value.q ?? ""), [value.q]);
  useEffect(() => setArea(value.area ?? ""), [value.area]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ ...value, q: q.trim() || undefined, area: area.trim() || undefined, page: undefined });
  }
  const set = (next: Partial<MemberSearch>) => onChange({ ...value, ...next, page: undefined });

  return (
    <search aria-label={t("common.search")}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <TextInput
            label={t(`${m}.search`)}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
            style={{ flex: "2 1 240px" }}
            type="search"
            autoComplete="off"
            error={errors.q}
          />
          <TextInput
            label={t(`${m}.columns.area`)}
            value={area}
            onChange={(event) => setArea(event.currentTarget.value)}
            style={{ flex: "1 1 140px" }}
            autoComplete="off"
            error={errors.area}
          />
          <Select
            label={t(`${m}.columns.kind`)}
            data={memberKindValues.map((kind) => ({ value: kind, label: t(`${m}.kinds.${kind}`) }))}
            value={value.kind ?? null}
            placeholder={t(`${m}.all`)}
            clearable
            onChange={(kind) => set({ kind: oneOf(kind, memberKindValues) })}
            style={{ flex: "1 1 180px" }}
          />
          <Select
            label={t(`${m}.columns.fields`)}
            data={memberFieldValues.map((field) => ({ value: field, label: t(`${m}.fields.${field}`) }))}
            value={value.field ?? null}
            placeholder={t(`${m}.all`)}
            clearable
            onChange={(field) => set({ field: oneOf(field, memberFieldValues) })}
            style={{ flex: "1 1 140px" }}
          />
          <Select
            label={t(`${m}.columns.status`)}
            data={memberStatusValues.map((status) => ({
              value: status,
              label: t(`${m}.statuses.${status}`),
            }))}
            value={value.status ?? null}
            placeholder={t(`${m}.all`)}
            clearable
            onChange={(status) => set({ status: oneOf(status, memberStatusValues) })}
            style={{ flex: "1 1 120px" }}
          />
          <Group gap="xs">
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
              {t("common.search")}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setQ("");
                setArea("");
                onChange({});
              }}
            >
              {t("common.clear")}
            </Button>
          </Group>
        </Group>
      </form>
    </search>
  );
}
