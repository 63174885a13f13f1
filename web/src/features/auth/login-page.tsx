import { Button, Container, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { loginInputSchema } from "@otagai/shared/auth/schemas";
import type { Locale } from "@otagai/shared/platform/locales";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { type JSX, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyLocale, currentLocale } from "../../app/i18n";
import { LanguageSwitch } from "../../components/language-switch";
import { PasswordField } from "../../components/password-field";
import { MutationError } from "../../components/query-state";
import { useSchemaForm } from "../../components/use-form";
import { usePageTitle } from "../../components/use-page-title";
import { useLogin } from "./api/login";

export function LoginPage(): JSX.Element {
  const { t } = useTranslation();
  usePageTitle(t("login.title"));
  const navigate = useNavigate();
  const search = useSearch({ from: "/login" });
  const login = useLogin();
  const form = useSchemaForm({
    initialValues: { email: "", password: "" },
    schema: loginInputSchema,
    mutation: login,
  });
  // Only a choice made here, now, overrides the account's language; an untouched switch does not.
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(null);

  const submit = form.submit(async (input) => {
    await login.mutateAsync({ input, chosenLocale });
    await navigate({ to: search.redirect ?? "/", replace: true });
  });

  return (
    <Stack component="div" mih="100dvh" bg="gray.0" gap={0}>
      <Group
        component="header"
        justify="space-between"
        px="md"
        py="sm"
        aria-label={t("layout.header")}
        wrap="wrap"
      >
        <Text fw={800} size="xl" c="otagai.8">
          {t("app.name")}
        </Text>
        <LanguageSwitch
          value={currentLocale()}
          onChange={(locale) => {
            setChosenLocale(locale);
            void applyLocale(locale);
          }}
        />
      </Group>
      <Container component="main" size={440} w="100%" px="md" py="xl" id="main-content">
        <Paper withBorder shadow="sm" p={{ base: "md", sm: "xl" }} radius="md">
          <Title order={1} size="h2" mb={4}>
            {t("login.title")}
          </Title>
          <Text c="dimmed" size="sm" mb="lg">
            {t("app.fullName")}
            <br />
            {t("login.lead")}
          </Text>
          <form ref={form.ref} onSubmit={submit} noValidate>
            <Stack>
              <MutationError error={login.error} title={t("login.failedTitle")} />
              <TextInput
                label={t("fields.email")}
                type="email"
                autoComplete="username"
                inputMode="email"
                required
                {...form.getInputProps("email")}
              />
              <PasswordField
                label={t("fields.password")}
                autoComplete="current-password"
                required
                {...form.getInputProps("password")}
              />
              <Button type="submit" size="md" fullWidth loading={login.isPending}>
                {t("login.submit")}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Container>
    </Stack>
  );
}
