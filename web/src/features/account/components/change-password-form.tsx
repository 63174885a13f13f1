import { Alert, Button, Group, Stack } from "@mantine/core";
import { changePasswordInputSchema } from "@otagai/shared/auth/schemas";
import { IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { NewPasswordFields } from "../../../components/new-password-fields";
import { PasswordField } from "../../../components/password-field";
import { MutationError } from "../../../components/query-state";
import { useSchemaForm } from "../../../components/use-form";
import { useChangePassword } from "../api/change-password";

const empty = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useSchemaForm({
    initialValues: empty,
    schema: changePasswordInputSchema,
    mutation: change,
    toInput: ({ confirmPassword: _, ...input }) => input,
  });

  const submit = form.submit(async (input) => {
    if (form.getValues().confirmPassword !== input.newPassword) {
      form.showErrors({ confirmPassword: t("account.passwordMismatch") });
      return;
    }
    await change.mutateAsync(input);
    form.setValues(empty);
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack maw={480}>
        {change.isSuccess ? (
          <Alert color="otagai" icon={<IconCircleCheck aria-hidden />} role="status">
            {t("account.passwordChanged")}
          </Alert>
        ) : null}
        <MutationError error={change.error} />
        <PasswordField
          label={t("fields.currentPassword")}
          autoComplete="current-password"
          required
          {...form.getInputProps("currentPassword")}
        />
        <NewPasswordFields
          input={form.getInputProps("newPassword")}
          confirm={form.getInputProps("confirmPassword")}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t("account.changePassword")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
