import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { roleHas } from "@otagai/shared/platform/permissions";
import {
  contractForms,
  type Outcome,
  type OutcomeInput,
  outcomeInputSchema,
  outcomeTypes,
  updateOutcomeInputSchema,
} from "@otagai/shared/support/outcomes";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../../app/session";
import { useSchemaForm } from "../../../../components/use-form";
import { DialogButtons } from "../../components/dialog-buttons";
import { SaveError } from "../../components/stale-alert";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useRecordOutcome, useUpdateOutcome } from "../api/record-outcome";
import { OutcomeWorkplaceSelect } from "./outcome-workplace-select";
import { RadioChoices } from "./radio-choices";

type WhereKind = "workplace" | "other";

type OutcomeValues = {
  outcomeType: string;
  whereKind: WhereKind;
  workplaceId: string;
  employerName: string;
  startedOn: string;
  hoursPerWeek: number | string;
  contractForm: string;
  incomeBeforeYen: number | string;
  incomeAfterYen: number | string;
  notes: string;
};

function emptyValues(canPickWorkplace: boolean): OutcomeValues {
  return {
    outcomeType: "",
    whereKind: canPickWorkplace ? "workplace" : "other",
    workplaceId: "",
    employerName: "",
    startedOn: "",
    hoursPerWeek: "",
    contractForm: "",
    incomeBeforeYen: "",
    incomeAfterYen: "",
    notes: "",
  };
}

function valuesOf(outcome: Outcome): OutcomeValues {
  return {
    outcomeType: outcome.outcomeType,
    whereKind: outcome.workplaceId ? "workplace" : "other",
    workplaceId: outcome.workplaceId ?? "",
    employerName: outcome.employerName,
    startedOn: outcome.startedOn,
    hoursPerWeek: outcome.hoursPerWeek ?? "",
    contractForm: outcome.contractForm ?? "",
    incomeBeforeYen: outcome.incomeBeforeYen ?? "",
    incomeAfterYen: outcome.incomeAfterYen ?? "",
    notes: outcome.notes,
  };
}

/** An empty number box is "not given"; anything else goes as typed for the schema to judge. */
function numberOrNull(value: number | string): number | null {
  if (typeof value === "number") return value;
  return value.trim() === "" ? null : Number(value);
}

/** What the schema checks: the workplace or the name, whichever "where" says, never both. */
function inputOf(values: OutcomeValues): OutcomeInput {
  const atWorkplace = values.whereKind === "workplace";
  return {
    outcomeType: values.outcomeType as OutcomeInput["outcomeType"],
    workplaceId: atWorkplace && values.workplaceId ? values.workplaceId : null,
    employerName: atWorkplace ? "" : values.employerName,
    startedOn: values.startedOn,
    hoursPerWeek: numberOrNull(values.hoursPerWeek),
    contractForm: (values.contractForm || null) as OutcomeInput["contractForm"],
    incomeBeforeYen: numberOrNull(values.incomeBeforeYen),
    incomeAfterYen: numberOrNull(values.incomeAfterYen),
    notes: values.notes,
  };
}

function OutcomeFields({
  form,
  workplaceName,
  canPickWorkplace,
}: {
  form: UseFormReturnType<OutcomeValues>;
  workplaceName: string | null;
  canPickWorkplace: boolean;
}) {
  const { t } = useTranslation();
  const o = "support.outcomes" as const;
  const values = form.getValues();
  return (
    <>
      <Select
        label={t(`${o}.fields.outcomeType`)}
        required
        data={outcomeTypes.map((type) => ({ value: type, label: t(`${o}.types.${type}`) }))}
        allowDeselect={false}
        {...form.getInputProps("outcomeType")}
      />
      {canPickWorkplace ? (
        <RadioChoices
          label={t(`${o}.fields.where`)}
          inline
          options={(["workplace", "other"] as const).map((kind) => ({
            value: kind,
            label: t(`${o}.whereKinds.${kind}`),
          }))}
          {...form.getInputProps("whereKind")}
        />
      ) : null}
      {values.whereKind === "workplace" ? (
        <OutcomeWorkplaceSelect
          initialName={workplaceName}
          {...form.getInputProps("workplaceId")}
          value={values.workplaceId}
        />
      ) : (
        <TextInput
          label={t(`${o}.fields.employerName`)}
          autoComplete="off"
          {...form.getInputProps("employerName")}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <WarekiDateInput label={t(`${o}.fields.startedOn`)} required {...form.getInputProps("startedOn")} />
        <Select
          label={t(`${o}.fields.contractForm`)}
          data={contractForms.map((form) => ({ value: form, label: t(`${o}.contractForms.${form}`) }))}
          clearable
          {...form.getInputProps("contractForm")}
        />
        <NumberInput
          label={t(`${o}.fields.hoursPerWeek`)}
          min={0}
          max={80}
          decimalScale={1}
          suffix={` ${t(`${o}.help.hoursPerWeek`)}`}
          inputMode="decimal"
          {...form.getInputProps("hoursPerWeek")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t(`${o}.fields.incomeBeforeYen`)}
          description={t(`${o}.help.income`)}
          inputWrapperOrder={["label", "input", "description", "error"]}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          inputMode="numeric"
          {...form.getInputProps("incomeBeforeYen")}
        />
        <NumberInput
          label={t(`${o}.fields.incomeAfterYen`)}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          inputMode="numeric"
          {...form.getInputProps("incomeAfterYen")}
        />
      </SimpleGrid>
      <Textarea
        label={t(`${o}.fields.notes`)}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps("notes")}
      />
    </>
  );
}

/** Those who may search the partner workplaces pick one; others type the name. */
function useCanPickWorkplace(): boolean {
  return roleHas(useCurrentUser().role, "workplaces.read");
}

/** "協力事業所" chosen with none picked: said under the picker, as an empty required field would be. */
function missingWorkplace(values: OutcomeValues): boolean {
  return values.whereKind === "workplace" && !values.workplaceId;
}

/** A new outcome of the case (in its dialog). */
export function OutcomeCreateForm({
  caseId,
  onCreated,
  onCancel,
}: {
  caseId: string;
  onCreated: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const canPickWorkplace = useCanPickWorkplace();
  const record = useRecordOutcome(caseId);
  const form = useSchemaForm({
    initialValues: emptyValues(canPickWorkplace),
    schema: outcomeInputSchema,
    mutation: record,
    toInput: inputOf,
  });
  const submit = form.submit(async (input) => {
    if (missingWorkplace(form.getValues())) {
      form.showErrors({ workplaceId: t("validation.required") });
      return;
    }
    await record.mutateAsync(input);
    onCreated();
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <OutcomeFields form={form} workplaceName={null} canPickWorkplace={canPickWorkplace} />
        <SaveError error={record.error} />
        <DialogButtons pending={record.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/**
 * Edits the outcome as it was when the dialog opened (its version goes with the save); a 409 offers
 * to load the latest one.
 */
export function OutcomeEditForm({
  caseId,
  outcome,
  onSaved,
  onCancel,
  onReload,
}: {
  caseId: string;
  outcome: Outcome;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const canPickWorkplace = useCanPickWorkplace() || outcome.workplaceId !== null;
  const [loaded] = useState(outcome);
  const update = useUpdateOutcome(caseId, loaded.id);
  const form = useSchemaForm({
    initialValues: valuesOf(loaded),
    schema: updateOutcomeInputSchema,
    mutation: update,
    toInput: (values) => ({ ...inputOf(values), version: loaded.version }),
  });
  const submit = form.submit(async (input) => {
    if (missingWorkplace(form.getValues())) {
      form.showErrors({ workplaceId: t("validation.required") });
      return;
    }
    await update.mutateAsync(input);
    onSaved();
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <OutcomeFields form={form} workplaceName={loaded.workplaceName} canPickWorkplace={canPickWorkplace} />
        <SaveError error={update.error} onReload={onReload} />
        <DialogButtons pending={update.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
