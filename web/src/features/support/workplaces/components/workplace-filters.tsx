import { Button, Checkbox, Group, Select, TextInput } from "@mantine/core";
import { workKinds, workplaceStatuses } from "@otagai/shared/support/workplaces";
import { IconSearch } from "@tabler/icons-react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../../app/form-errors";
import type { FindWorkplacesParams } from "../api/find-workplaces";

interface WorkplaceFiltersProps {
  value: FindWorkplacesParams;
  onChange: (next: FindWorkplacesParams) => void;
  /** The API's messages about the filters (a search text too long, say), by field. */
  errors?: FieldErrors;
}

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | undefined {
  return options.find((option) => option === value);
}

/** The list's search (name or reading, area: typed, sent with the button) and its choices (at once). */
export function WorkplaceFilters({ value, onChange, errors = {} }: WorkplaceFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q ?? "");
  const [area, setArea] = useState(value.area ?? "");
  useEffect(() => setQ(value.q ?? ""), [value.q]);
  useEffect(() => setArea(value.area ?? ""), [value.area]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ ...value, q: q.trim() || undefined, area: area.trim() || undefined, page: undefined });
  }

  function set(next: Partial<FindWorkplacesParams>) {
    onChange({ ...value, ...next, page: undefined });
  }

  return (
    <search aria-label={t("common.search")}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <TextInput
            label={t("support.workplaces.searchLabel")}
            description={t("support.workplaces.searchHelp")}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
            style={{ flex: "2 1 260px" }}
            type="search"
            autoComplete="off"
            error={errors.q}
          />
          <TextInput
            label={t("support.workplaces.filterArea")}
            placeholder={t("support.workplaces.filterAreaPlaceholder")}
            value={area}
            onChange={(event) => setArea(event.currentTarget.value)}
            style={{ flex: "1 1 160px" }}
            autoComplete="off"
            error={errors.area}
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
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <Select
            label={t("support.workplaces.filterWorkKind")}
            data={workKinds.map((kind) => ({
              value: kind,
              label: t(`support.workplaces.workKinds.${kind}`),
            }))}
            value={value.workKind ?? null}
            placeholder={t("common.all")}
            clearable
            error={errors.workKind}
            onChange={(kind) => set({ workKind: oneOf(kind, workKinds) })}
            style={{ flex: "1 1 200px" }}
          />
          <Select
            label={t("support.workplaces.filterStatus")}
            data={workplaceStatuses.map((status) => ({
              value: status,
              label: t(`support.workplaces.statuses.${status}`),
            }))}
            value={value.status ?? null}
            placeholder={t("common.all")}
            clearable
            error={errors.status}
            onChange={(status) => set({ status: oneOf(status, workplaceStatuses) })}
            style={{ flex: "1 1 160px" }}
          />
          <Checkbox
            label={t("support.workplaces.filterCertified")}
            checked={value.certified === true}
            onChange={(event) => set({ certified: event.currentTarget.checked ? true : undefined })}
            error={errors.certified}
            mb={8}
          />
          <Checkbox
            label={t("support.workplaces.filterFreeCapacity")}
            checked={value.freeCapacity === true}
            onChange={(event) => set({ freeCapacity: event.currentTarget.checked ? true : undefined })}
            error={errors.freeCapacity}
            mb={8}
          />
        </Group>
      </form>
    </search>
  );
}
