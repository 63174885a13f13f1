import { Button, Group, SegmentedControl, Select, Stack, TextInput, VisuallyHidden } from "@mantine/core";
import { fiscalYearLabel, fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../../../app/form-errors";
import type { FiguresSearch } from "../api/get-figures";

type Mode = "fiscal" | "custom";

/** The fiscal year a period is exactly, or null. */
function fiscalYearOfPeriod(period: { from: string; to: string }): number | null {
  const year = fiscalYearOf(period.from);
  if (year === null) return null;
  const range = fiscalYearRange(year);
  return range.start === period.from && range.end === period.to ? year : null;
}

/**
 * The figures' period: a fiscal year (April–March; the current one by default) from a list, or any
 * two days. The server's refusals (an end before the start, past five years) show by the fields.
 */
export function PeriodPicker({
  value,
  shown,
  onChange,
  errors,
}: {
  value: FiguresSearch;
  /** The period the figures on the page are for (the server's answer), once known. */
  shown: { from: string; to: string } | undefined;
  onChange: (next: FiguresSearch) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const currentYear = fiscalYearOf(new Date()) ?? new Date().getFullYear();
  const asked = value.from && value.to ? { from: value.from, to: value.to } : undefined;
  const askedYear = asked ? fiscalYearOfPeriod(asked) : currentYear;
  const [mode, setMode] = useState<Mode>(asked && askedYear === null ? "custom" : "fiscal");
  const [from, setFrom] = useState(value.from ?? shown?.from ?? "");
  const [to, setTo] = useState(value.to ?? shown?.to ?? "");
  useEffect(() => {
    if (value.from) setFrom(value.from);
    if (value.to) setTo(value.to);
  }, [value.from, value.to]);
  useEffect(() => {
    if (!value.from && shown) {
      setFrom(shown.from);
      setTo(shown.to);
    }
  }, [value.from, shown]);

  const years = Array.from({ length: 6 }, (_, index) => currentYear - index);
  if (askedYear !== null && !years.includes(askedYear)) years.push(askedYear);
  const yearOptions = years.map((year) => ({
    value: String(year),
    label: t("consultation.figures.period.fiscalYearOption", {
      wareki: fiscalYearLabel(year) ?? String(year),
      year,
      next: year + 1,
    }),
  }));

  function chooseYear(year: string | null) {
    if (!year) return;
    const range = fiscalYearRange(Number(year));
    onChange(Number(year) === currentYear ? {} : { from: range.start, to: range.end });
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ from: from || undefined, to: to || undefined });
  }

  return (
    <Stack component="fieldset" gap="sm" mb="lg" p={0} style={{ border: 0 }}>
      <VisuallyHidden component="legend">{t("consultation.figures.period.legend")}</VisuallyHidden>
      <SegmentedControl
        aria-label={t("consultation.figures.period.mode")}
        value={mode}
        onChange={(next) => setMode(next === "custom" ? "custom" : "fiscal")}
        data={[
          { value: "fiscal", label: t("consultation.figures.period.fiscalYear") },
          { value: "custom", label: t("consultation.figures.period.custom") },
        ]}
        style={{ alignSelf: "flex-start" }}
      />
      {mode === "fiscal" ? (
        <Select
          label={t("consultation.figures.period.fiscalYear")}
          data={yearOptions}
          value={askedYear === null ? null : String(askedYear)}
          onChange={chooseYear}
          allowDeselect={false}
          w={320}
        />
      ) : (
        <form onSubmit={submit}>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              type="date"
              label={t("consultation.figures.period.from")}
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
              error={errors.from}
            />
            <TextInput
              type="date"
              label={t("consultation.figures.period.to")}
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              error={errors.to}
            />
            <Button type="submit" variant="default" mt={25}>
              {t("consultation.figures.period.show")}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
