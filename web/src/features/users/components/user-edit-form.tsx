import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import type { Role } from "@otagai/shared/platform/permissions";
import { type UpdateUserInput, type User, updateUserInputSchema } from "@otagai/shared/users/schemas";
import { IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { DraftStatusText } from "../../../app/drafts/draft-status";
import { MutationError } from "../../../components/query-state";
import { useSchemaForm } from "../../../components/use-form";
import { useUpdateUser } from "../api/update-user";
import { UserAccessFields } from "./user-access-fields";

interface UserEditFormProps {
  user: User;
  canManage: boolean;
  /** One's own account: the server refuses a change of one's own role. */
  isSelf: boolean;
  onSaved: () => void;
  onReload: () => void;
}

function sameIds(a: string[], b: string[]) {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/**
 * Edits the record as it was when the form opened: the version of that moment goes with the save,
 * so a save over someone else's newer change is refused (409) instead of silently undoing it.
 */
export function UserEditForm({ user, canManage, isSelf, onSaved, onReload }: UserEditFormProps) {
  const { t } = useTranslation();
  const [loaded] = useState(user);
  const update = useUpdateUser(loaded.id);
  const form = useSchemaForm({
    initialValues: {
      displayName: loaded.displayName,
      displayNameKana: loaded.displayNameKana,
      role: loaded.role as Role,
      locale: loaded.locale as string,
      programIds: loaded.programIds,
      workplaceId: loaded.workplaceId,
    },
    schema: updateUserInputSchema,
    mutation: update,
    draft: { formKey: "users.edit", recordKey: loaded.id, version: loaded.version },
    // Only what changed is sent, so the audit trail names exactly the fields this person edited.
    toInput: (values) => {
      const changes: Record<string, unknown> = { version: loaded.version };
      if (values.displayName !== loaded.displayName) changes.displayName = values.displayName;
      if (values.displayNameKana !== loaded.displayNameKana) changes.displayNameKana = values.displayNameKana;
      if (values.role !== loaded.role) changes.role = values.role;
      if (values.locale !== loaded.locale) changes.locale = values.locale;
      if (!sameIds(values.programIds, loaded.programIds)) changes.programIds = values.programIds;
      // Leaving the partner role, the server clears the workplace; a partner's choice is sent.
      if (values.role === "partner" && values.workplaceId !== loaded.workplaceId)
        changes.workplaceId = values.workplaceId;
      return changes;
    },
  });
  const stale = isApiError(update.error) && update.error.code === "STALE_UPDATE" ? update.error : null;

  const submit = form.submit(async (input: UpdateUserInput) => {
    await update.mutateAsync(input);
    onSaved();
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Fieldset
        legend={
          <Text component="span" fw={700} fz="lg">
            {t("users.editSection")}
          </Text>
        }
        disabled={!canManage}
        variant="unstyled"
      >
        <Stack maw={720}>
          {!canManage ? <Text size="sm">{t("users.readOnlyNote")}</Text> : null}
          {stale ? (
            <Alert color="orange" title={t("users.staleTitle")} role="alert">
              <Text size="sm" mb="sm">
                {stale.message}
              </Text>
              <Button
                size="xs"
                variant="outline"
                color="orange.9"
                leftSection={<IconRefresh size={14} aria-hidden />}
                onClick={() => {
                  // The person chose the newer record over what they typed.
                  form.draft.drop();
                  onReload();
                }}
              >
                {t("users.reloadLatest")}
              </Button>
            </Alert>
          ) : (
            <MutationError error={update.error} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("fields.displayName")} required {...form.getInputProps("displayName")} />
            <TextInput
              label={t("fields.displayNameKana")}
              description={canManage ? t("users.kanaHelp") : undefined}
              // Under the input, so that it lines up with the name beside it.
              inputWrapperOrder={["label", "input", "description", "error"]}
              {...form.getInputProps("displayNameKana")}
            />
          </SimpleGrid>
          <UserAccessFields
            getInputProps={form.getInputProps}
            role={form.getValues().role}
            disabled={!canManage}
            roleLockedNote={isSelf && canManage ? t("users.ownRoleNote") : undefined}
          />
          {canManage ? (
            <Group>
              <Button type="submit" loading={update.isPending}>
                {t("common.save")}
              </Button>
              <DraftStatusText status={form.draft.status} />
            </Group>
          ) : null}
        </Stack>
      </Fieldset>
    </form>
  );
}
