import { Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import type { Role } from "@otagai/shared/platform/permissions";
import { createUserInputSchema } from "@otagai/shared/users/schemas";
import { useNavigate } from "@tanstack/react-router";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { NewPasswordFields } from "../../../components/new-password-fields";
import { MutationError } from "../../../components/query-state";
import { useForm } from "../../../components/use-form";
import { useCreateUser } from "../api/create-user";
import { UserAccessFields } from "./user-access-fields";

export function UserCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  const form = useForm({
    email: "",
    displayName: "",
    displayNameKana: "",
    role: null as Role | null,
    locale: "ja" as string,
    programIds: [] as string[],
    password: "",
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    create.reset();
    const input = form.validate(createUserInputSchema);
    if (!input) return;
    try {
      const user = await create.mutateAsync(input);
      await navigate({ to: "/admin/users/$id", params: { id: user.id }, search: { created: true } });
    } catch (error) {
      form.showServerErrors(error);
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack maw={720}>
        <MutationError error={create.error} />
        <TextInput
          label={t("fields.email")}
          type="email"
          autoComplete="off"
          required
          {...form.textInput("email")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("fields.displayName")}
            required
            autoComplete="off"
            {...form.textInput("displayName")}
          />
          <TextInput
            label={t("fields.displayNameKana")}
            autoComplete="off"
            {...form.textInput("displayNameKana")}
          />
        </SimpleGrid>
        <UserAccessFields values={form.values} errors={form.errors} setField={form.setField} />
        <NewPasswordFields
          label={t("users.initialPassword")}
          value={form.values.password}
          onChange={(password) => form.setField("password", password)}
          error={form.errors.password}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("users.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
