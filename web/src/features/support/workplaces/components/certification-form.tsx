import { Checkbox, Group, Radio, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import {
  type Certification,
  type CertificationInput,
  certificationAuthorities,
  certificationInputSchema,
  type EmploymentType,
  employmentTypes,
  updateCertificationInputSchema,
} from "@otagai/shared/support/workplaces";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSchemaForm } from "../../../../components/use-form";
import { DialogButtons } from "../../components/dialog-buttons";
import { SaveError } from "../../components/stale-alert";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useAddCertification } from "../api/add-certification";
import { useUpdateCertification } from "../api/update-certification";

type CertificationValues = {
  authority: string;
  authorityName: string;
  number: string;
  employmentTypes: EmploymentType[];
  validFrom: string;
  validUntil: string;
  notes: string;
};

const emptyCertification: CertificationValues = {
  authority: "",
  authorityName: "",
  number: "",
  employmentTypes: [],
  validFrom: "",
  validUntil: "",
  notes: "",
};

function valuesOf(certification: Certification): CertificationValues {
  return {
    authority: certification.authority,
    authorityName: certification.authorityName,
    number: certification.number,
    employmentTypes: certification.employmentTypes,
    validFrom: certification.validFrom,
    validUntil: certification.validUntil,
    notes: certification.notes,
  };
}

/** What the schema checks: the types in their fixed order (雇用型 first). */
function inputOf(values: CertificationValues): CertificationInput {
  return {
    ...values,
    authority: values.authority as CertificationInput["authority"],
    employmentTypes: employmentTypes.filter((type) => values.employmentTypes.includes(type)),
  };
}

function CertificationFields({ form }: { form: UseFormReturnType<CertificationValues> }) {
  const { t } = useTranslation();
  const c = "support.workplaces.certifications" as const;
  const below = ["label", "input", "description", "error"] as ("label" | "input" | "description" | "error")[];
  return (
    <>
      <Radio.Group label={t(`${c}.fields.authority`)} required {...form.getInputProps("authority")}>
        <Group mt="xs" gap="lg">
          {certificationAuthorities.map((authority) => (
            <Radio key={authority} value={authority} label={t(`${c}.authorities.${authority}`)} />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t(`${c}.fields.authorityName`)}
          description={t(`${c}.help.authorityName`)}
          inputWrapperOrder={below}
          autoComplete="off"
          {...form.getInputProps("authorityName")}
        />
        <TextInput
          label={t(`${c}.fields.number`)}
          required
          autoComplete="off"
          {...form.getInputProps("number")}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t(`${c}.fields.employmentTypes`)}
        description={t(`${c}.help.employmentTypes`)}
        required
        {...form.getInputProps("employmentTypes")}
      >
        <Group mt="xs" gap="lg">
          {employmentTypes.map((type) => (
            <Checkbox key={type} value={type} label={t(`${c}.employmentTypes.${type}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <WarekiDateInput label={t(`${c}.fields.validFrom`)} required {...form.getInputProps("validFrom")} />
        <WarekiDateInput label={t(`${c}.fields.validUntil`)} required {...form.getInputProps("validUntil")} />
      </SimpleGrid>
      <Textarea
        label={t(`${c}.fields.notes`)}
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps("notes")}
      />
    </>
  );
}

/** A new certification of the workplace (in its dialog). */
export function CertificationCreateForm({
  workplaceId,
  onCreated,
  onCancel,
}: {
  workplaceId: string;
  onCreated: () => void;
  onCancel: () => void;
}) {
  const add = useAddCertification(workplaceId);
  const form = useSchemaForm({
    initialValues: emptyCertification,
    schema: certificationInputSchema,
    mutation: add,
    toInput: inputOf,
  });
  const submit = form.submit(async (input) => {
    await add.mutateAsync(input);
    onCreated();
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <CertificationFields form={form} />
        <SaveError error={add.error} />
        <DialogButtons pending={add.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/**
 * Edits the certification as it was when the dialog opened (its version goes with the save); a
 * 409 offers to load the latest one.
 */
export function CertificationEditForm({
  workplaceId,
  certification,
  onSaved,
  onCancel,
  onReload,
}: {
  workplaceId: string;
  certification: Certification;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [loaded] = useState(certification);
  const update = useUpdateCertification(workplaceId, loaded.id);
  const form = useSchemaForm({
    initialValues: valuesOf(loaded),
    schema: updateCertificationInputSchema,
    mutation: update,
    // The whole certification goes with its version: the period's order is checked on both ends.
    toInput: (values) => ({ ...inputOf(values), version: loaded.version }),
  });
  const submit = form.submit(async (input) => {
    await update.mutateAsync(input);
    onSaved();
  });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <CertificationFields form={form} />
        <SaveError error={update.error} onReload={onReload} />
        <DialogButtons pending={update.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
