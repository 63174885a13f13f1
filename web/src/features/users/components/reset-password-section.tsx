import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { resetPasswordInputSchema } from "@otagai/shared/users/schemas";
import { IconCircleCheck } from "@tabler/icons-react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { NewPasswordFields } from "../../../components/new-password-fields";
import { MutationError } from "../../../components/query-state";
import { useForm } from "../../../components/use-form";
import { useResetUserPassword } from "../api/reset-user-password";

export function ResetPasswordSection({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const reset = useResetUserPassword(userId);
  const form = useForm({ newPassword: "" });

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset.reset();
    const input = form.validate(resetPasswordInputSchema);
    if (!input) return;
    try {
      await reset.mutateAsync(input.newPassword);
      form.setValues({ newPassword: "" });
    } catch (error) {
      form.showServerErrors(error);
    }
  }

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate>
      <Stack maw={480} gap="sm">
        <Text size="sm">{t("users.resetHelp")}</Text>
        {reset.isSuccess ? (
          <Alert color="otagai" icon={<IconCircleCheck aria-hidden />} role="status">
            {t("users.resetDone")}
          </Alert>
        ) : null}
        <MutationError error={reset.error} />
        <NewPasswordFields
          value={form.values.newPassword}
          onChange={(newPassword) => form.setField("newPassword", newPassword)}
          error={form.errors.newPassword}
        />
        <Group>
          <Button type="submit" variant="outline" loading={reset.isPending}>
            {t("users.resetSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
