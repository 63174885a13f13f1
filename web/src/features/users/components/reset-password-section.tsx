import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { resetPasswordInputSchema } from "@otagai/shared/users/schemas";
import { IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { NewPasswordFields } from "../../../components/new-password-fields";
import { MutationError } from "../../../components/query-state";
import { useSchemaForm } from "../../../components/use-form";
import { useResetUserPassword } from "../api/reset-user-password";

export function ResetPasswordSection({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const reset = useResetUserPassword(userId);
  const form = useSchemaForm({
    initialValues: { newPassword: "" },
    schema: resetPasswordInputSchema,
    mutation: reset,
  });

  const submit = form.submit(async (input) => {
    await reset.mutateAsync(input.newPassword);
    form.setValues({ newPassword: "" });
  });

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack maw={480} gap="sm">
        <Text size="sm">{t("users.resetHelp")}</Text>
        {reset.isSuccess ? (
          <Alert color="otagai" icon={<IconCircleCheck aria-hidden />} role="status">
            {t("users.resetDone")}
          </Alert>
        ) : null}
        <MutationError error={reset.error} />
        <NewPasswordFields input={form.getInputProps("newPassword")} />
        <Group>
          <Button type="submit" variant="outline" loading={reset.isPending}>
            {t("users.resetSubmit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
