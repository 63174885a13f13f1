import { Stack, Title } from "@mantine/core";
import {
  type Prospect,
  type UpdateProspectInput,
  updateProspectInputSchema,
} from "@otagai/shared/network/prospects";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { changedFieldValues, EditFormButtons, EditFormStatus } from "../../../../components/edit-form-parts";
import { useSchemaForm } from "../../../../components/use-form";
import { useUpdateProspect } from "../api/prospects";
import { type ProspectValues, prospectChangesOf, prospectFields, prospectValuesOf } from "../prospect-values";
import { ProspectFields } from "./prospect-fields";

interface ProspectEditFormProps {
  prospect: Prospect;
  onSaved: () => void;
  onCancel: () => void;
  /** Reads the latest record and opens the form again on it, with this person's changes kept. */
  onReload: (changes: Partial<ProspectValues>) => void;
  /** Changes typed before a reload, laid over the latest record. */
  pending?: Partial<ProspectValues>;
}

/**
 * Edits the profile and the owner as they were when the form opened: only the changed fields go,
 * with that version, so a save over someone else's newer change is refused (409), never undone.
 */
export function ProspectEditForm({ prospect, onSaved, onCancel, onReload, pending }: ProspectEditFormProps) {
  const { t } = useTranslation();
  const [loaded] = useState(prospect);
  const update = useUpdateProspect(loaded.id);
  const form = useSchemaForm({
    initialValues: { ...prospectValuesOf(loaded), ...pending },
    schema: updateProspectInputSchema,
    mutation: update,
    toInput: (values: ProspectValues) => prospectChangesOf(values, loaded),
  });
  const submit = form.submit(async (input: UpdateProspectInput) => {
    await update.mutateAsync(input);
    onSaved();
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate aria-labelledby="prospect-edit-title">
      <Stack gap="md">
        <Title order={3} size="h5" id="prospect-edit-title">
          {t("network.prospects.editTitle")}
        </Title>
        <EditFormStatus
          error={update.error}
          reapplied={Boolean(pending && Object.keys(pending).length > 0)}
          labels={{
            staleTitle: t("network.prospects.staleTitle"),
            reloadLatest: t("network.prospects.reloadLatest"),
            staleReapplied: t("network.prospects.staleReapplied"),
          }}
          onReload={() =>
            onReload(
              changedFieldValues(
                prospectFields,
                form.getValues(),
                prospectValuesOf(loaded),
              ) as Partial<ProspectValues>,
            )
          }
        />
        <ProspectFields
          form={form}
          identity={loaded.memberOrganizationId ? "fromMember" : "typed"}
          owner={{ currentName: loaded.ownerName, clearable: true }}
        />
        <EditFormButtons saving={update.isPending} cancelLabel={t("common.cancel")} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
