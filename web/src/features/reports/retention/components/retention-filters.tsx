import { Group, Select } from "@mantine/core";
import { fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../../app/form-errors";
import {
  type RetentionSearch,
  retentionGroupingSearchValues,
  retentionPopulationSearchValues,
} from "../search-values";

function currentFiscalYear(now = new Date()): number {
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
  return fiscalYearOf(today) ?? now.getFullYear();
}

/** The analysis' options: how to group the curves, one program, from which fiscal year, whose outcomes. */
export function RetentionFilters({
  value,
  programs,
  onChange,
  errors = {},
}: {
  value: RetentionSearch;
  programs: { id: string; name: string }[];
  onChange: (next: RetentionSearch) => void;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  const set = (next: Partial<RetentionSearch>) => onChange({ ...value, ...next });
  const thisYear = currentFiscalYear();
  const years = Array.from({ length: 8 }, (_, index) => String(thisYear - index));
  if (value.fromYear && !years.includes(String(value.fromYear))) years.push(String(value.fromYear));
  return (
    <search aria-label={t("reports.retention.filters.label")}>
      <Group align="flex-end" wrap="wrap" gap="sm" mb="md">
        <Select
          label={t("reports.retention.filters.groupBy")}
          data={retentionGroupingSearchValues.map((grouping) => ({
            value: grouping,
            label: t(`reports.retention.groupings.${grouping}`),
          }))}
          value={value.groupBy ?? "program"}
          onChange={(groupBy) => set({ groupBy: (groupBy as RetentionSearch["groupBy"]) ?? undefined })}
          allowDeselect={false}
          error={errors.groupBy}
          w={180}
        />
        <Select
          label={t("reports.retention.filters.program")}
          placeholder={t("reports.retention.filters.allPrograms")}
          clearable
          data={programs.map((program) => ({ value: program.id, label: program.name }))}
          value={value.programId ?? null}
          onChange={(programId) => set({ programId: programId ?? undefined })}
          error={errors.programId}
          w={240}
        />
        <Select
          label={t("reports.retention.filters.fromYear")}
          placeholder={t("reports.retention.filters.allYears")}
          clearable
          data={years.map((year) => ({
            value: year,
            label: t("reports.retention.filters.fiscalYear", { year }),
          }))}
          value={value.fromYear ? String(value.fromYear) : null}
          onChange={(year) => set({ fromYear: year ? Number(year) : undefined })}
          error={errors.fromYear}
          w={220}
        />
        <Select
          label={t("reports.retention.filters.population")}
          data={retentionPopulationSearchValues.map((population) => ({
            value: population,
            label: t(`reports.retention.populations.${population}`),
          }))}
          value={value.population ?? "all"}
          onChange={(population) =>
            set({ population: (population as RetentionSearch["population"]) ?? undefined })
          }
          allowDeselect={false}
          error={errors.population}
          w={260}
        />
      </Group>
    </search>
  );
}
