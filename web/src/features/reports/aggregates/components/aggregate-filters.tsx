import { Group, NumberInput, Select } from "@mantine/core";
import { fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../../app/form-errors";
import { type AggregatesSearch, aggregatesThreshold } from "../search-values";

function currentFiscalYear(now = new Date()): number {
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
  return fiscalYearOf(today) ?? now.getFullYear();
}

/** The tables' options: the fiscal year, the threshold under which a count is hidden, one program. */
export function AggregateFilters({
  value,
  shownYear,
  programs,
  onChange,
  errors = {},
}: {
  value: AggregatesSearch;
  shownYear: number | undefined;
  programs: { id: string; name: string }[];
  onChange: (next: AggregatesSearch) => void;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  const set = (next: Partial<AggregatesSearch>) => onChange({ ...value, ...next });
  // The threshold as typed: "2" on the way to "20" is not a threshold yet, so only a whole number in
  // the limits goes to the address (the field clamps what is left out of them when it loses focus).
  const [threshold, setThreshold] = useState<number | string>(value.threshold ?? aggregatesThreshold.default);
  useEffect(() => setThreshold(value.threshold ?? aggregatesThreshold.default), [value.threshold]);
  function typeThreshold(next: number | string) {
    setThreshold(next);
    if (
      typeof next === "number" &&
      Number.isInteger(next) &&
      next >= aggregatesThreshold.min &&
      next <= aggregatesThreshold.max &&
      next !== value.threshold
    )
      set({ threshold: next });
  }
  const thisYear = currentFiscalYear();
  const years = Array.from({ length: 8 }, (_, index) => String(thisYear - index));
  const year = value.fiscalYear ?? shownYear ?? thisYear;
  if (!years.includes(String(year))) years.push(String(year));
  return (
    <search aria-label={t("reports.aggregates.filters")}>
      <Group align="flex-start" wrap="wrap" gap="sm" mb="md">
        <Select
          label={t("reports.aggregates.fiscalYear")}
          data={years.map((option) => ({
            value: option,
            label: t("reports.aggregates.fiscalYearOption", { year: option }),
          }))}
          value={String(year)}
          onChange={(next) => set({ fiscalYear: next ? Number(next) : undefined })}
          allowDeselect={false}
          error={errors.fiscalYear}
          w={180}
        />
        <NumberInput
          label={t("reports.aggregates.threshold")}
          description={t("reports.aggregates.thresholdHelp", {
            min: aggregatesThreshold.min,
            max: aggregatesThreshold.max,
          })}
          min={aggregatesThreshold.min}
          max={aggregatesThreshold.max}
          allowDecimal={false}
          allowNegative={false}
          value={threshold}
          onChange={typeThreshold}
          error={errors.threshold}
          w={220}
        />
        <Select
          label={t("reports.aggregates.program")}
          placeholder={t("reports.aggregates.allPrograms")}
          clearable
          data={programs.map((program) => ({ value: program.id, label: program.name }))}
          value={value.programId ?? null}
          onChange={(programId) => set({ programId: programId ?? undefined })}
          error={errors.programId}
          w={260}
        />
      </Group>
    </search>
  );
}
