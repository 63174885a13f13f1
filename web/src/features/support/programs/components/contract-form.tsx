import { Checkbox, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import {
  type Contract,
  contractIndicators,
  contractYearBounds,
  createContractInputSchema,
  updateContractInputSchema,
} from "@otagai/shared/programs/schemas";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSchemaForm } from "../../../../components/use-form";
import { DialogButtons } from "../../components/dialog-buttons";
import { SaveError } from "../../components/stale-alert";
import { useCreateContract } from "../api/create-contract";
import { useUpdateContract } from "../api/update-contract";
import { useProgramFormat } from "../program-format";

type ContractValues = {
  fiscalYear: number | string;
  periodStart: string;
  periodEnd: string;
  capacity: number | string;
  amountYen: number | string;
  indicators: string[];
  termMonths: number | string;
  maxTerms: number | string;
  /** Comma-separated months ("1, 3, 6"); empty: the default table. */
  followUpMonths: string;
  notes: string;
};
type ContractField = keyof ContractValues;
type InputProps = (field: ContractField, options?: { type: "checkbox" }) => GetInputPropsReturnType;

const fullWidthDigits = /[０-９]/g;

/**
 * Follow-up months as typed ("1, 3, 6", "１、３、６" or space-separated): sorted, each once; an empty
 * box is null (the default table). A word that is not a number stays NaN, for the schema to refuse.
 */
export function parseFollowUpMonths(text: string): number[] | null {
  const words = text
    .replace(fullWidthDigits, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .split(/[\s,、，]+/)
    .filter((word) => word !== "");
  if (words.length === 0) return null;
  return [...new Set(words.map(Number))].sort((a, b) => a - b);
}

function monthsText(months: number[] | null): string {
  return months ? months.join(", ") : "";
}

/** An empty number box: null (the schema then says "required", or "not set" where null is allowed). */
function numberOrNull(value: number | string): number | null {
  if (typeof value === "number") return value;
  const trimmed = value.trim();
  return trimmed === "" ? null : Number(trimmed);
}

function ContractFields({
  getInputProps,
  fiscalYear,
  yearFixed,
}: {
  getInputProps: InputProps;
  fiscalYear: number | null;
  yearFixed: boolean;
}) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const validYear =
    fiscalYear !== null &&
    Number.isInteger(fiscalYear) &&
    fiscalYear >= contractYearBounds.min &&
    fiscalYear <= contractYearBounds.max;
  const range = validYear ? fiscalYearRange(fiscalYear) : null;
  return (
    <>
      <NumberInput
        label={t("support.programs.fields.fiscalYear")}
        required={!yearFixed}
        readOnly={yearFixed}
        min={contractYearBounds.min}
        max={contractYearBounds.max}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator={false}
        description={
          yearFixed
            ? `${format.fiscalYear(fiscalYear ?? 0)} ・ ${t("support.programs.contracts.fiscalYearFixed")}`
            : validYear
              ? `${format.fiscalYear(fiscalYear)} ・ ${format.period(range?.start ?? "", range?.end ?? "")}`
              : t("support.programs.contracts.fiscalYearHelp", { example: format.fiscalYear(2026) })
        }
        inputWrapperOrder={["label", "input", "description", "error"]}
        maw={320}
        {...getInputProps("fiscalYear")}
      />
      <div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t("support.programs.fields.periodStart")}
            min={range?.start}
            max={range?.end}
            placeholder={range?.start}
            {...getInputProps("periodStart")}
          />
          <TextInput
            type="date"
            label={t("support.programs.fields.periodEnd")}
            min={range?.start}
            max={range?.end}
            placeholder={range?.end}
            {...getInputProps("periodEnd")}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={4}>
          {t("support.programs.help.period")}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t("support.programs.fields.capacity")}
          description={t("support.programs.help.capacity")}
          inputWrapperOrder={["label", "input", "description", "error"]}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...getInputProps("capacity")}
        />
        <NumberInput
          label={t("support.programs.fields.amountYen")}
          description={t("support.programs.help.amountYen")}
          inputWrapperOrder={["label", "input", "description", "error"]}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          {...getInputProps("amountYen")}
        />
        <NumberInput
          label={t("support.programs.fields.termMonths")}
          required
          min={1}
          max={12}
          allowDecimal={false}
          allowNegative={false}
          {...getInputProps("termMonths")}
        />
        <NumberInput
          label={t("support.programs.fields.maxTerms")}
          required
          min={1}
          max={12}
          allowDecimal={false}
          allowNegative={false}
          {...getInputProps("maxTerms")}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={-8}>
        {t("support.programs.help.terms")}
      </Text>
      <TextInput
        label={t("support.programs.fields.followUpMonths")}
        description={t("support.programs.help.followUpMonths")}
        inputWrapperOrder={["label", "input", "description", "error"]}
        placeholder="1, 3, 6, 12"
        inputMode="numeric"
        autoComplete="off"
        maw={320}
        {...getInputProps("followUpMonths")}
      />
      <Checkbox.Group
        label={t("support.programs.fields.indicators")}
        description={t("support.programs.help.indicators")}
        {...getInputProps("indicators")}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {contractIndicators.map((key) => (
            <Checkbox key={key} value={key} label={t(`support.programs.indicators.${key}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea label={t("support.programs.fields.notes")} autosize minRows={2} {...getInputProps("notes")} />
    </>
  );
}

/** A new contract for one fiscal year; an empty period means the whole year. */
export function ContractCreateForm({
  programId,
  defaultYear,
  onCreated,
  onCancel,
}: {
  programId: string;
  defaultYear: number;
  onCreated: () => void;
  onCancel: () => void;
}) {
  const create = useCreateContract(programId);
  const form = useSchemaForm<ContractValues, typeof createContractInputSchema>({
    initialValues: {
      fiscalYear: defaultYear,
      periodStart: "",
      periodEnd: "",
      capacity: "",
      amountYen: "",
      indicators: [],
      termMonths: 3,
      maxTerms: 4,
      followUpMonths: "",
      notes: "",
    },
    schema: createContractInputSchema,
    mutation: create,
    toInput: (values) => ({
      fiscalYear: numberOrNull(values.fiscalYear),
      ...(values.periodStart ? { periodStart: values.periodStart } : {}),
      ...(values.periodEnd ? { periodEnd: values.periodEnd } : {}),
      capacity: numberOrNull(values.capacity),
      amountYen: numberOrNull(values.amountYen),
      indicators: contractIndicators.filter((key) => values.indicators.includes(key)),
      termMonths: numberOrNull(values.termMonths),
      maxTerms: numberOrNull(values.maxTerms),
      followUpMonths: parseFollowUpMonths(values.followUpMonths),
      notes: values.notes,
    }),
  });
  const submit = form.submit(async (input) => {
    await create.mutateAsync(input);
    onCreated();
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <ContractFields
          getInputProps={form.getInputProps}
          fiscalYear={numberOrNull(form.getValues().fiscalYear)}
          yearFixed={false}
        />
        <SaveError error={create.error} />
        <DialogButtons pending={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

const sameList = (a: readonly string[], b: readonly string[]) => a.join() === b.join();

/**
 * Edits the contract as it was when the form opened (its version goes with the save). Only the
 * changed fields are sent; an emptied period day goes back to the fiscal year's first or last day.
 */
export function ContractEditForm({
  contract,
  onSaved,
  onCancel,
  onReload,
}: {
  contract: Contract;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [loaded] = useState(contract);
  const update = useUpdateContract(loaded.id);
  const year = fiscalYearRange(loaded.fiscalYear);
  const form = useSchemaForm<ContractValues, typeof updateContractInputSchema>({
    initialValues: {
      fiscalYear: loaded.fiscalYear,
      periodStart: loaded.periodStart,
      periodEnd: loaded.periodEnd,
      capacity: loaded.capacity ?? "",
      amountYen: loaded.amountYen ?? "",
      indicators: loaded.indicators,
      termMonths: loaded.termMonths,
      maxTerms: loaded.maxTerms,
      followUpMonths: monthsText(loaded.followUpMonths),
      notes: loaded.notes,
    },
    schema: updateContractInputSchema,
    mutation: update,
    toInput: (values) => {
      const next = {
        periodStart: values.periodStart || year.start,
        periodEnd: values.periodEnd || year.end,
        capacity: numberOrNull(values.capacity),
        amountYen: numberOrNull(values.amountYen),
        termMonths: numberOrNull(values.termMonths),
        maxTerms: numberOrNull(values.maxTerms),
        notes: values.notes,
      };
      const changes: Record<string, unknown> = { version: loaded.version };
      for (const [key, value] of Object.entries(next))
        if (value !== loaded[key as keyof typeof next]) changes[key] = value;
      // In the list's order, so that a mere re-ticking in another order is no change.
      const indicators = contractIndicators.filter((key) => values.indicators.includes(key));
      if (!sameList(indicators, loaded.indicators)) changes.indicators = indicators;
      const followUpMonths = parseFollowUpMonths(values.followUpMonths);
      if (monthsText(followUpMonths) !== monthsText(loaded.followUpMonths))
        changes.followUpMonths = followUpMonths;
      return changes;
    },
  });
  const submit = form.submit(async (input) => {
    await update.mutateAsync(input);
    onSaved();
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <ContractFields getInputProps={form.getInputProps} fiscalYear={loaded.fiscalYear} yearFixed />
        <SaveError error={update.error} onReload={onReload} />
        <DialogButtons pending={update.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
