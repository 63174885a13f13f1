import { Alert, Button, Group, Stack } from "@mantine/core";
import { changePasswordInputSchema } from "@otagai/shared/auth/schemas";
import { IconCircleCheck } from "@tabler/icons-react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { NewPasswordFields } from "../../../components/new-password-fields";
import { PasswordField } from "../../../components/password-field";
import { MutationError } from "../../../components/query-state";
import { useForm } from "../../../components/use-form";
import { useChangePassword } from "../api/change-password";

const empty = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm(empty);

  async function submit(event: FormEvent) {
    event.preventDefault();
    change.reset();
    const { confirmPassword, ...rest } = form.values;
    const input = form.validate(changePasswordInputSchema, rest);
    if (!input) return;
    if (confirmPassword !== input.newPassword) {
      form.markErrors({ confirmPassword: t("account.passwordMismatch") });
      return;
    }
    try {
      await change.mutateAsync(input);
      form.setValues(empty);
    } catch (error) {
      form.showServerErrors(error);
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
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
          {...form.textInput("currentPassword")}
        />
        <NewPasswordFields
          value={form.values.newPassword}
          onChange={(newPassword) => form.setField("newPassword", newPassword)}
          error={form.errors.newPassword}
          confirm={{
            value: form.values.confirmPassword,
            onChange: (confirmPassword) => form.setField("confirmPassword", confirmPassword),
            error: form.errors.confirmPassword,
          }}
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
