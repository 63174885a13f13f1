import { Button, Group, Select, TextInput } from "@mantine/core";
import { caseStatuses } from "@otagai/shared/support/case-flow";
import { IconSearch } from "@tabler/icons-react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../../app/form-errors";
import { useCurrentUser } from "../../../../app/session";
import { ageBandOptions, ageBandValues } from "../age-bands";
import { useCoordinatorOptions } from "../api/find-coordinators";
import type { FindParticipantsParams } from "../api/find-participants";
import { usePrograms } from "../api/get-programs";
import { caseStatusLabel } from "../labels";

interface ParticipantFiltersProps {
  value: FindParticipantsParams;
  onChange: (next: FindParticipantsParams) => void;
  /** The API's messages about the filters (a search text too long, say), by field. */
  errors?: FieldErrors;
}

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | undefined {
  return options.find((option) => option === value);
}

export function ParticipantFilters({ value, onChange, errors = {} }: ParticipantFiltersProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const programs = usePrograms();
  const coordinators = useCoordinatorOptions(me);
  const [q, setQ] = useState(value.q ?? "");
  useEffect(() => setQ(value.q ?? ""), [value.q]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ ...value, q: q.trim() || undefined, page: undefined });
  }

  function set(next: Partial<FindParticipantsParams>) {
    onChange({ ...value, ...next, page: undefined });
  }

  const programOptions = (programs.data?.items ?? []).map((program) => ({
    value: program.id,
    label: program.name,
  }));
  const coordinatorOptions = coordinators.options.map((coordinator) => ({
    value: coordinator.id,
    label:
      coordinator.id === me.id ? t("support.participants.me", { name: coordinator.name }) : coordinator.name,
  }));
  // A coordinator named in the URL who is not in the options (a link from a manager): still shown.
  if (value.coordinatorId && !coordinatorOptions.some((option) => option.value === value.coordinatorId)) {
    coordinatorOptions.push({ value: value.coordinatorId, label: value.coordinatorId });
  }

  return (
    <search aria-label={t("common.search")}>
      <form onSubmit={submit}>
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <TextInput
            label={t("support.participants.searchLabel")}
            description={t("support.participants.searchHelp")}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
            style={{ flex: "2 1 260px" }}
            type="search"
            autoComplete="off"
            error={errors.q}
          />
          <Group gap="xs">
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
              {t("common.search")}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setQ("");
                onChange({});
              }}
            >
              {t("common.clear")}
            </Button>
          </Group>
        </Group>
        <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
          <Select
            label={t("support.participants.filterProgram")}
            data={programOptions}
            value={value.programId ?? null}
            placeholder={t("common.all")}
            clearable
            searchable
            nothingFoundMessage={t("common.noResults")}
            error={
              errors.programId ??
              (programs.isError ? t("support.participants.programsLoadFailed") : undefined)
            }
            onChange={(programId) => set({ programId: programId ?? undefined })}
            style={{ flex: "1 1 220px" }}
          />
          <Select
            label={t("support.participants.filterCaseStatus")}
            data={caseStatuses.map((status) => ({ value: status, label: caseStatusLabel(t, status) }))}
            value={value.caseStatus ?? null}
            placeholder={t("common.all")}
            clearable
            error={errors.caseStatus}
            onChange={(status) => set({ caseStatus: oneOf(status, caseStatuses) })}
            style={{ flex: "1 1 160px" }}
          />
          {coordinatorOptions.length > 0 ? (
            <Select
              label={t("support.participants.filterCoordinator")}
              data={coordinatorOptions}
              value={value.coordinatorId ?? null}
              placeholder={t("common.all")}
              clearable
              searchable
              nothingFoundMessage={t("common.noResults")}
              disabled={coordinators.isPending}
              error={errors.coordinatorId}
              onChange={(coordinatorId) => set({ coordinatorId: coordinatorId ?? undefined })}
              style={{ flex: "1 1 200px" }}
            />
          ) : null}
          <Select
            label={t("support.participants.filterAgeBand")}
            data={ageBandOptions(t)}
            value={value.ageBand ?? null}
            placeholder={t("common.all")}
            clearable
            error={errors.ageBand}
            onChange={(band) => set({ ageBand: oneOf(band, ageBandValues) })}
            style={{ flex: "1 1 140px" }}
          />
        </Group>
      </form>
    </search>
  );
}
