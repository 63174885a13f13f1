import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import {
  createProgramInputSchema,
  type ProgramDetail,
  type ProgramKind,
  programKinds,
  updateProgramInputSchema,
} from "@otagai/shared/programs/schemas";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSchemaForm } from "../../../../components/use-form";
import { DialogButtons } from "../../components/dialog-buttons";
import { SaveError } from "../../components/stale-alert";
import { useCreateProgram } from "../api/create-program";
import { useUpdateProgram } from "../api/update-program";

type ProgramValues = {
  code: string;
  name: string;
  nameKana: string;
  funder: string;
  kind: ProgramKind;
  targetGroup: string;
  active: boolean;
};

const editable = ["name", "nameKana", "funder", "kind", "targetGroup", "active"] as const;

type ProgramField = keyof ProgramValues;

function ProgramFields({
  getInputProps,
  codeFixed,
}: {
  getInputProps: (field: ProgramField, options?: { type: "checkbox" }) => GetInputPropsReturnType;
  codeFixed: boolean;
}) {
  const { t } = useTranslation();
  const kindOptions = programKinds.map((kind) => ({
    value: kind,
    label: t(`support.programs.kinds.${kind}`),
  }));
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t("support.programs.fields.name")} required {...getInputProps("name")} />
        <TextInput
          label={t("support.programs.fields.nameKana")}
          description={t("support.programs.help.nameKana")}
          inputWrapperOrder={["label", "input", "description", "error"]}
          {...getInputProps("nameKana")}
        />
        <NativeSelect
          label={t("support.programs.fields.kind")}
          required
          data={kindOptions}
          {...getInputProps("kind")}
        />
        <TextInput label={t("support.programs.fields.funder")} {...getInputProps("funder")} />
      </SimpleGrid>
      <Textarea
        label={t("support.programs.fields.targetGroup")}
        autosize
        minRows={2}
        {...getInputProps("targetGroup")}
      />
      <TextInput
        label={t("support.programs.fields.code")}
        description={t("support.programs.help.code")}
        inputWrapperOrder={["label", "input", "description", "error"]}
        required={!codeFixed}
        readOnly={codeFixed}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        {...getInputProps("code")}
      />
      <Checkbox
        label={t("support.programs.fields.active")}
        description={t("support.programs.help.active")}
        {...getInputProps("active", { type: "checkbox" })}
      />
    </>
  );
}

/** A new program (managers). */
export function ProgramCreateForm({
  onCreated,
  onCancel,
}: {
  onCreated: (program: ProgramDetail) => void;
  onCancel: () => void;
}) {
  const create = useCreateProgram();
  const form = useSchemaForm({
    initialValues: {
      code: "",
      name: "",
      nameKana: "",
      funder: "",
      kind: "readiness" as ProgramKind,
      targetGroup: "",
      active: true,
    },
    schema: createProgramInputSchema,
    mutation: create,
  });
  const submit = form.submit(async (input) => onCreated(await create.mutateAsync(input)));
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <ProgramFields getInputProps={form.getInputProps} codeFixed={false} />
        <SaveError error={create.error} />
        <DialogButtons pending={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/**
 * Edits the program as it was when the form opened: that version goes with the save, so a save
 * over someone else's newer change is refused (409) instead of silently undoing it. Only the
 * changed fields are sent, so the audit trail names exactly what this person changed.
 */
export function ProgramEditForm({
  program,
  onSaved,
  onCancel,
  onReload,
}: {
  program: ProgramDetail;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [loaded] = useState(program);
  const update = useUpdateProgram(loaded.id);
  const form = useSchemaForm({
    initialValues: {
      code: loaded.code,
      name: loaded.name,
      nameKana: loaded.nameKana,
      funder: loaded.funder,
      kind: loaded.kind,
      targetGroup: loaded.targetGroup,
      active: loaded.active,
    },
    schema: updateProgramInputSchema,
    mutation: update,
    toInput: (values) => {
      const changes: Record<string, unknown> = { version: loaded.version };
      for (const key of editable) if (values[key] !== loaded[key]) changes[key] = values[key];
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
        <ProgramFields getInputProps={form.getInputProps} codeFixed />
        <SaveError error={update.error} onReload={onReload} />
        <DialogButtons pending={update.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
