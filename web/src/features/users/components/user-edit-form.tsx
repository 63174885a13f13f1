import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import type { Role } from "@otagai/shared/platform/permissions";
import { type UpdateUserInput, type User, updateUserInputSchema } from "@otagai/shared/users/schemas";
import { IconRefresh } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { MutationError } from "../../../components/query-state";
import { useForm } from "../../../components/use-form";
import { useUpdateUser } from "../api/update-user";
import { UserAccessFields } from "./user-access-fields";

interface UserEditFormProps {
  user: User;
  canManage: boolean;
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
export function UserEditForm({ user, canManage, onSaved, onReload }: UserEditFormProps) {
  const { t } = useTranslation();
  const [loaded] = useState(user);
  const update = useUpdateUser(loaded.id);
  const form = useForm({
    displayName: loaded.displayName,
    displayNameKana: loaded.displayNameKana,
    role: loaded.role as Role,
    locale: loaded.locale as string,
    programIds: loaded.programIds,
  });
  const stale = isApiError(update.error) && update.error.code === "STALE_UPDATE" ? update.error : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    update.reset();
    const { values } = form;
    // Only what changed is sent, so the audit trail names exactly the fields this person edited.
    const changes: Record<string, unknown> = { version: loaded.version };
    if (values.displayName !== loaded.displayName) changes.displayName = values.displayName;
    if (values.displayNameKana !== loaded.displayNameKana) changes.displayNameKana = values.displayNameKana;
    if (values.role !== loaded.role) changes.role = values.role;
    if (values.locale !== loaded.locale) changes.locale = values.locale;
    if (!sameIds(values.programIds, loaded.programIds)) changes.programIds = values.programIds;
    const input: UpdateUserInput | null = form.validate(updateUserInputSchema, changes);
    if (!input) return;
    try {
      await update.mutateAsync(input);
      onSaved();
    } catch (error) {
      form.showServerErrors(error);
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
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
                onClick={onReload}
              >
                {t("users.reloadLatest")}
              </Button>
            </Alert>
          ) : (
            <MutationError error={update.error} />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("fields.displayName")} required {...form.textInput("displayName")} />
            <TextInput label={t("fields.displayNameKana")} {...form.textInput("displayNameKana")} />
          </SimpleGrid>
          <UserAccessFields
            values={form.values}
            errors={form.errors}
            setField={form.setField}
            disabled={!canManage}
          />
          {canManage ? (
            <Group>
              <Button type="submit" loading={update.isPending}>
                {t("common.save")}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Fieldset>
    </form>
  );
}
