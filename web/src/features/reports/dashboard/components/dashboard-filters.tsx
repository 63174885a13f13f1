import { Group, Select } from "@mantine/core";
import { fiscalYearLabel } from "@otagai/shared/japanese/fiscal-year";
import type { Dashboard } from "@otagai/shared/reports/dashboard";
import { useTranslation } from "react-i18next";
import type { DashboardSearch } from "../search-values";

const all = "all";

/** The fiscal year and the program (or the whole association) shown; every program is offered. */
export function DashboardFilters({
  dashboard,
  value,
  onChange,
}: {
  dashboard: Dashboard | undefined;
  value: DashboardSearch;
  onChange: (next: DashboardSearch) => void;
}) {
  const { t } = useTranslation();
  const years = dashboard?.fiscalYears ?? [];
  const yearLabel = (year: number) => `${fiscalYearLabel(year) ?? ""}（${year}）`;
  return (
    <Group
      component="form"
      aria-label={t("reports.dashboard.filters.label")}
      gap="md"
      mb="md"
      align="flex-end"
      onSubmit={(event) => event.preventDefault()}
    >
      <Select
        label={t("reports.dashboard.filters.fiscalYear")}
        data={years.map((year) => ({ value: String(year), label: yearLabel(year) }))}
        value={dashboard ? String(value.fiscalYear ?? dashboard.fiscalYear) : null}
        onChange={(year) => onChange({ ...value, fiscalYear: year ? Number(year) : undefined })}
        allowDeselect={false}
        w={200}
      />
      <Select
        label={t("reports.dashboard.filters.program")}
        data={[
          { value: all, label: t("reports.dashboard.filters.allPrograms") },
          ...(dashboard?.programs ?? []).map((program) => ({ value: program.id, label: program.name })),
        ]}
        value={value.programId ?? all}
        onChange={(programId) =>
          onChange({ ...value, programId: programId && programId !== all ? programId : undefined })
        }
        allowDeselect={false}
        searchable
        w={340}
      />
    </Group>
  );
}
