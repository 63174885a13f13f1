import { Anchor, Button, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { PasswordField } from "../../components/password-field";
import { MutationError } from "../../components/query-state";
import { SessionTakenError, useLogInAgain } from "../api/log-in-again";
import { forgetUser, useCurrentUser } from "../session";
import { markSessionRestored, useSessionExpired } from "../session-expiry";

/**
 * Over the page whose session ran out: the same person's password, and the page underneath keeps
 * everything typed into it. Another person logging in instead goes to the login page.
 */
export function SessionExpiredDialog() {
  const { t } = useTranslation();
  const expired = useSessionExpired();
  const user = useCurrentUser();
  const router = useRouter();
  const queryClient = useQueryClient();
  const logInAgain = useLogInAgain();
  // A plain form, not useSchemaForm: the layout loads with every page and stays without zod.
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState(false);

  function toLoginPage() {
    forgetUser(queryClient);
    markSessionRestored();
    const location = router.state.location;
    void router.navigate({ to: "/login", search: { redirect: location.href }, replace: true });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    logInAgain.reset();
    if (!password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      await logInAgain.mutateAsync({ email: user.email, password });
      setPassword("");
    } catch (error) {
      if (error instanceof SessionTakenError) toLoginPage();
    }
  }

  return (
    <Modal
      opened={expired}
      onClose={() => {}}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      centered
      title={t("sessionExpired.title")}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm">{t("sessionExpired.body")}</Text>
          <MutationError error={logInAgain.error} title={t("login.failedTitle")} />
          <TextInput
            label={t("sessionExpired.signedInAs")}
            value={user.email}
            readOnly
            autoComplete="username"
          />
          <PasswordField
            label={t("fields.password")}
            autoComplete="current-password"
            required
            data-autofocus
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={missing ? t("validation.required") : undefined}
          />
          <Button type="submit" loading={logInAgain.isPending}>
            {t("sessionExpired.submit")}
          </Button>
          <Text size="sm">
            <Anchor component="button" type="button" onClick={toLoginPage}>
              {t("sessionExpired.otherUser")}
            </Anchor>
            <br />
            <Text span size="xs" c="dimmed">
              {t("sessionExpired.otherUserNote")}
            </Text>
          </Text>
        </Stack>
      </form>
    </Modal>
  );
}
