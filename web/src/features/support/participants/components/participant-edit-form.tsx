import { Stack } from "@mantine/core";
import {
  type Participant,
  type UpdateParticipantInput,
  updateParticipantInputSchema,
} from "@otagai/shared/support/participants";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { changedFieldValues, EditFormButtons, EditFormStatus } from "../../../../components/edit-form-parts";
import { useSchemaForm } from "../../../../components/use-form";
import { useUpdateParticipant } from "../api/update-participant";
import { type ProfileValues, profileFields, profileInputOf, profileValuesOf } from "../profile-values";
import { ProfileFields } from "./profile-fields";

interface ParticipantEditFormProps {
  participant: Participant;
  onSaved: () => void;
  onCancel: () => void;
  /** Reads the latest record and opens the form again on it, with this person's changes kept. */
  onReload: (changes: Partial<ProfileValues>) => void;
  /** Changes typed before a reload, laid over the latest record. */
  pending?: Partial<ProfileValues>;
}

/**
 * Edits the profile as it was when the form opened: that version goes with the save, so a save over
 * someone else's newer change is refused (409) instead of silently undoing it. Only changed fields
 * are sent, so the audit trail names exactly what this person changed.
 */
export function ParticipantEditForm({
  participant,
  onSaved,
  onCancel,
  onReload,
  pending,
}: ParticipantEditFormProps) {
  const { t } = useTranslation();
  const [loaded] = useState(participant);
  const update = useUpdateParticipant(loaded.id);
  const form = useSchemaForm({
    initialValues: { ...profileValuesOf(loaded), ...pending },
    schema: updateParticipantInputSchema,
    mutation: update,
    draft: { formKey: "support.participant-edit", recordKey: loaded.id, version: loaded.version },
    toInput: (values) => {
      const input = profileInputOf(values);
      const before = profileInputOf(profileValuesOf(loaded));
      return { ...changedFieldValues(profileFields, input, before), version: loaded.version };
    },
  });
  const changedValues = () =>
    changedFieldValues(profileFields, form.getValues(), profileValuesOf(loaded)) as Partial<ProfileValues>;

  const submit = form.submit(async (input: UpdateParticipantInput) => {
    await update.mutateAsync(input);
    onSaved();
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        <EditFormStatus
          error={update.error}
          reapplied={Boolean(pending && Object.keys(pending).length > 0)}
          labels={{
            staleTitle: t("support.participants.staleTitle"),
            reloadLatest: t("support.participants.reloadLatest"),
            staleReapplied: t("support.participants.staleReapplied"),
          }}
          onReload={() => {
            // The changes go on in the re-opened form; a draft of the older version would
            // offer to put the other person's fields back as they were.
            form.draft.drop();
            onReload(changedValues());
          }}
        />
        <ProfileFields form={form} />
        <EditFormButtons
          saving={update.isPending}
          cancelLabel={t("support.participants.cancelEdit")}
          onCancel={() => {
            // Stopping on purpose: nothing to offer back next time.
            form.draft.drop();
            onCancel();
          }}
        />
      </Stack>
    </form>
  );
}
