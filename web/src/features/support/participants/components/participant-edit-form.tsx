import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import {
  type Participant,
  type UpdateParticipantInput,
  updateParticipantInputSchema,
} from "@otagai/shared/support/participants";
import { IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { MutationError } from "../../../../components/query-state";
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
      const changes: Record<string, unknown> = { version: loaded.version };
      for (const field of profileFields) {
        if (input[field] !== before[field]) changes[field] = input[field];
      }
      return changes;
    },
  });
  function changedValues(): Partial<ProfileValues> {
    const values = form.getValues();
    const before = profileValuesOf(loaded);
    return Object.fromEntries(
      profileFields.filter((field) => values[field] !== before[field]).map((field) => [field, values[field]]),
    );
  }

  const stale = isApiError(update.error) && update.error.code === "STALE_UPDATE" ? update.error : null;

  const submit = form.submit(async (input: UpdateParticipantInput) => {
    await update.mutateAsync(input);
    onSaved();
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack>
        {stale ? (
          <Alert color="orange" title={t("support.participants.staleTitle")} role="alert">
            <Text size="sm" mb="sm">
              {stale.message}
            </Text>
            <Button
              size="xs"
              variant="outline"
              color="orange.9"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={() => {
                // The changes go on in the re-opened form; a draft of the older version would
                // offer to put the other person's fields back as they were.
                form.draft.drop();
                onReload(changedValues());
              }}
            >
              {t("support.participants.reloadLatest")}
            </Button>
          </Alert>
        ) : (
          <MutationError error={update.error} />
        )}
        {pending && Object.keys(pending).length > 0 && !update.error ? (
          <Alert color="blue" role="status">
            <Text size="sm">{t("support.participants.staleReapplied")}</Text>
          </Alert>
        ) : null}
        <ProfileFields form={form} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t("common.save")}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              // Stopping on purpose: nothing to offer back next time.
              form.draft.drop();
              onCancel();
            }}
          >
            {t("support.participants.cancelEdit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
