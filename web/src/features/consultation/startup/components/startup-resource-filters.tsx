import { Button, Checkbox, Group, Select, TextInput } from "@mantine/core";
import { startupResourceKinds } from "@otagai/shared/consultation/startup";
import { IconSearch } from "@tabler/icons-react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../../app/form-errors";
import { type StartupResourceSearch, useStartupTags } from "../api/startup-resources";

/** The directory's filters: words of the title, kind, tag, open now, and (for the desk) those not in use. */
export function StartupResourceFilters({
  value,
  onChange,
  errors = {},
  showInactiveChoice,
}: {
  value: StartupResourceSearch;
  onChange: (next: StartupResourceSearch) => void;
  errors?: FieldErrors;
  showInactiveChoice: boolean;
}) {
  const { t } = useTranslation();
  const tags = useStartupTags();
  const [q, setQ] = useState(value.q ?? "");
  useEffect(() => setQ(value.q ?? ""), [value.q]);

  function set(next: Partial<StartupResourceSearch>) {
    onChange({ ...value, ...next, page: undefined });
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    set({ q: q.trim() || undefined });
  }
  const tagOptions = [...(tags.data?.items ?? [])];
  if (value.tag && !tagOptions.includes(value.tag)) tagOptions.unshift(value.tag);

  return (
    <search aria-label={t("consultation.startup.filters.label")}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <TextInput
            label={t("consultation.startup.filters.q")}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            error={errors.q}
            w={220}
          />
          <Button type="submit" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
            {t("consultation.startup.filters.search")}
          </Button>
          <Select
            label={t("consultation.startup.filters.kind")}
            placeholder={t("consultation.startup.filters.all")}
            clearable
            data={startupResourceKinds.map((kind) => ({
              value: kind,
              label: t(`consultation.startup.kinds.${kind}`),
            }))}
            value={value.kind ?? null}
            onChange={(kind) => set({ kind: startupResourceKinds.find((option) => option === kind) })}
            w={200}
          />
          <Select
            label={t("consultation.startup.filters.tag")}
            placeholder={t("consultation.startup.filters.all")}
            clearable
            searchable
            data={tagOptions}
            value={value.tag ?? null}
            onChange={(tag) => set({ tag: tag ?? undefined })}
            w={200}
          />
          <Checkbox
            label={t("consultation.startup.filters.openNow")}
            checked={value.openNow ?? false}
            onChange={(event) => set({ openNow: event.currentTarget.checked || undefined })}
            mb={8}
          />
          {showInactiveChoice ? (
            <Checkbox
              label={t("consultation.startup.filters.includeInactive")}
              checked={value.includeInactive ?? false}
              onChange={(event) => set({ includeInactive: event.currentTarget.checked || undefined })}
              mb={8}
            />
          ) : null}
          <Button variant="subtle" onClick={() => onChange({})}>
            {t("consultation.startup.filters.clear")}
          </Button>
        </Group>
      </form>
    </search>
  );
}
