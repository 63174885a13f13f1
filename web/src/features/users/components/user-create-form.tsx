import { Button, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { type Role, roles } from "@otagai/shared/platform/permissions";
import { createUserInputSchema } from "@otagai/shared/users/schemas";
import { useNavigate } from "@tanstack/react-router";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isLocale } from "../../../app/i18n";
import { PasswordField } from "../../../components/password-field";
import { MutationError } from "../../../components/query-state";
import { useForm } from "../../../components/use-form";
import { useCreateUser } from "../api/create-user";
import { ProgramSelect } from "./program-select";
import { localeOptions, roleOptions } from "./user-options";

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
          value={form.values.email}
          onChange={(event) => form.setField("email", event.currentTarget.value)}
          error={form.errors.email}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("fields.displayName")}
            required
            autoComplete="off"
            value={form.values.displayName}
            onChange={(event) => form.setField("displayName", event.currentTarget.value)}
            error={form.errors.displayName}
          />
          <TextInput
            label={t("fields.displayNameKana")}
            autoComplete="off"
            value={form.values.displayNameKana}
            onChange={(event) => form.setField("displayNameKana", event.currentTarget.value)}
            error={form.errors.displayNameKana}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("fields.role")}
            required
            data={roleOptions(t)}
            value={form.values.role}
            onChange={(role) =>
              form.setField("role", (roles as readonly string[]).includes(role ?? "") ? (role as Role) : null)
            }
            error={form.errors.role}
            allowDeselect={false}
          />
          <Select
            label={t("fields.locale")}
            required
            data={localeOptions(t)}
            value={form.values.locale}
            onChange={(locale) => form.setField("locale", isLocale(locale) ? locale : "ja")}
            error={form.errors.locale}
            allowDeselect={false}
          />
        </SimpleGrid>
        <ProgramSelect
          value={form.values.programIds}
          onChange={(programIds) => form.setField("programIds", programIds)}
          error={form.errors.programIds}
        />
        <PasswordField
          label={t("users.initialPassword")}
          autoComplete="new-password"
          required
          description={t("account.passwordPolicy")}
          value={form.values.password}
          onChange={(event) => form.setField("password", event.currentTarget.value)}
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
