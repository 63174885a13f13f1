import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { useUpdatePreferences } from "../../app/api/update-preferences";
import { currentLocale } from "../../app/i18n";
import { useCurrentUser } from "../../app/session";
import { LanguageSwitch } from "../../components/language-switch";
import { PageHeader } from "../../components/page-header";
import { MutationError } from "../../components/query-state";
import { ChangePasswordForm } from "./components/change-password-form";

export function AccountPage(): JSX.Element {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const preferences = useUpdatePreferences();

  return (
    <>
      <PageHeader title={t("account.title")} />
      <Stack gap="lg" maw={720}>
        <Paper component="section" withBorder p="lg" aria-labelledby="account-profile">
          <Title order={2} size="h4" id="account-profile" mb="xs">
            {t("account.profile")}
          </Title>
          <Text fw={600}>{user.displayName}</Text>
          <Text size="sm">{user.email}</Text>
          <Text size="sm" c="dimmed">
            {t(`roles.${user.role}`)}
          </Text>
        </Paper>
        <Paper component="section" withBorder p="lg" aria-labelledby="account-language">
          <Title order={2} size="h4" id="account-language" mb="xs">
            {t("account.languageSection")}
          </Title>
          <Text size="sm" mb="sm">
            {t("account.languageHelp")}
          </Text>
          <LanguageSwitch
            value={currentLocale()}
            onChange={(locale) => preferences.mutate(locale)}
            disabled={preferences.isPending}
          />
          {preferences.isSuccess ? (
            <Alert mt="sm" color="otagai" icon={<IconCircleCheck aria-hidden />} role="status">
              {t("account.languageSaved")}
            </Alert>
          ) : null}
          <MutationError error={preferences.error} />
        </Paper>
        <Paper component="section" withBorder p="lg" aria-labelledby="account-password">
          <Title order={2} size="h4" id="account-password" mb="sm">
            {t("account.passwordSection")}
          </Title>
          <ChangePasswordForm />
        </Paper>
      </Stack>
    </>
  );
}
