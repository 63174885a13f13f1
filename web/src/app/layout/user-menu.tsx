import { Group, Menu, Stack, Text, UnstyledButton } from "@mantine/core";
import { type Locale, locales } from "@otagai/shared/platform/locales";
import { IconCheck, IconChevronDown, IconLogout, IconUserCircle } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useLogout } from "../api/logout";
import { useUpdatePreferences } from "../api/update-preferences";
import { currentLocale } from "../i18n";
import { useCurrentUser } from "../session";

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const preferences = useUpdatePreferences();
  const locale = currentLocale();

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={`${t("layout.userMenu")}: ${user.displayName}`}
          className="user-menu-target"
        >
          <Group gap="xs" wrap="nowrap">
            <IconUserCircle size={26} stroke={1.5} aria-hidden />
            <Stack gap={0} visibleFrom="xs" style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} truncate="end" maw={180}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" truncate="end" maw={180}>
                {t(`roles.${user.role}`)}
              </Text>
            </Stack>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.displayName}
          <br />
          {t(`roles.${user.role}`)}
        </Menu.Label>
        <Menu.Divider />
        <Menu.Label>{t("layout.language")}</Menu.Label>
        {locales.map((option: Locale) => (
          <Menu.Item
            key={option}
            lang={option}
            leftSection={
              option === locale ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16 }} />
            }
            aria-current={option === locale ? "true" : undefined}
            onClick={() => preferences.mutate(option)}
          >
            {t(`locales.${option}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconUserCircle size={16} aria-hidden />}
          onClick={() => void navigate({ to: "/account" })}
        >
          {t("layout.account")}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          color="red.8"
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
        >
          {t("layout.logout")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
