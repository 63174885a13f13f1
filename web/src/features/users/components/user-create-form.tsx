import { Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import type { Role } from "@otagai/shared/platform/permissions";
import { createUserInputSchema } from "@otagai/shared/users/schemas";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { NewPasswordFields } from "../../../components/new-password-fields";
import { MutationError } from "../../../components/query-state";
import { useSchemaForm } from "../../../components/use-form";
import { useCreateUser } from "../api/create-user";
import { UserAccessFields } from "./user-access-fields";

export function UserCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  const form = useSchemaForm({
    initialValues: {
      email: "",
      displayName: "",
      displayNameKana: "",
      role: null as Role | null,
      locale: "ja" as string,
      programIds: [] as string[],
      workplaceId: null as string | null,
      password: "",
    },
    schema: createUserInputSchema,
    // Only a partner belongs to a workplace: one picked before switching to another role is not sent.
    toInput: (values) => ({ ...values, workplaceId: values.role === "partner" ? values.workplaceId : null }),
    mutation: create,
  });

  const submit = form.submit(async (input) => {
    const user = await create.mutateAsync(input);
    await navigate({ to: "/admin/users/$id", params: { id: user.id }, search: { created: true } });
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack maw={720}>
        <MutationError error={create.error} />
        <TextInput
          label={t("fields.email")}
          type="email"
          autoComplete="off"
          required
          {...form.getInputProps("email")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("fields.displayName")}
            required
            autoComplete="off"
            {...form.getInputProps("displayName")}
          />
          <TextInput
            label={t("fields.displayNameKana")}
            description={t("users.kanaHelp")}
            // Under the input, so that it lines up with the name beside it.
            inputWrapperOrder={["label", "input", "description", "error"]}
            autoComplete="off"
            {...form.getInputProps("displayNameKana")}
          />
        </SimpleGrid>
        <UserAccessFields getInputProps={form.getInputProps} role={form.getValues().role} />
        <NewPasswordFields label={t("users.initialPassword")} input={form.getInputProps("password")} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t("users.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
