import { Button, Group, Select } from "@mantine/core";
import { type CaseStatus, caseStatuses } from "@otagai/shared/support/case-flow";
import { useTranslation } from "react-i18next";
import type { CaseListSearch } from "../api/find-cases";
import { useCoordinators } from "../api/find-coordinators";
import { usePrograms } from "../api/get-programs";

interface CaseFiltersProps {
  value: CaseListSearch;
  /** The coordinator choice in effect ("mine" when a coordinator's address names none). */
  coordinator: string;
  /** Whether the user may read the user list, to choose another coordinator by name. */
  canChooseCoordinator: boolean;
  onChange: (next: CaseListSearch) => void;
}

/** Program, step and coordinator: each choice applies at once (no search text to finish typing). */
export function CaseFilters({ value, coordinator, canChooseCoordinator, onChange }: CaseFiltersProps) {
  const { t } = useTranslation();
  const programs = usePrograms();
  const coordinators = useCoordinators(canChooseCoordinator);

  const programOptions = (programs.data?.items ?? []).map((program) => ({
    value: program.id,
    label: program.name,
  }));
  const statusOptions = caseStatuses.map((status) => ({
    value: status,
    label: t(`support.cases.statuses.${status}`),
  }));
  const known = new Set(["mine", "all"]);
  const coordinatorOptions = [
    { value: "mine", label: t("support.cases.ui.list.mine") },
    { value: "all", label: t("support.cases.ui.list.everyone") },
    ...(coordinators.data?.items ?? []).map((user) => {
      known.add(user.id);
      return { value: user.id, label: user.displayName };
    }),
  ];
  // A coordinator named by the address but not (yet) in the options still shows as chosen.
  if (!known.has(coordinator)) coordinatorOptions.push({ value: coordinator, label: coordinator });

  return (
    <search aria-label={t("support.cases.ui.list.filters")}>
      <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
        <Select
          label={t("support.cases.fields.program")}
          data={programOptions}
          value={value.programId ?? null}
          placeholder={t("common.all")}
          clearable
          searchable
          nothingFoundMessage={t("common.noResults")}
          onChange={(programId) => onChange({ ...value, programId: programId ?? undefined, page: undefined })}
          style={{ flex: "1 1 240px" }}
        />
        <Select
          label={t("support.cases.fields.status")}
          data={statusOptions}
          value={value.status ?? null}
          placeholder={t("common.all")}
          clearable
          onChange={(status) =>
            onChange({
              ...value,
              status: caseStatuses.find((candidate) => candidate === status) as CaseStatus | undefined,
              page: undefined,
            })
          }
          style={{ flex: "1 1 180px" }}
        />
        <Select
          label={t("support.cases.fields.leadCoordinator")}
          data={coordinatorOptions}
          value={coordinator}
          allowDeselect={false}
          searchable={canChooseCoordinator}
          nothingFoundMessage={t("common.noResults")}
          onChange={(next) => onChange({ ...value, coordinator: next ?? undefined, page: undefined })}
          style={{ flex: "1 1 200px" }}
        />
        <Button variant="default" onClick={() => onChange({})}>
          {t("common.clear")}
        </Button>
      </Group>
    </search>
  );
}
