import { Anchor, AppShell, Burger, Group, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { ModalsProvider } from "@mantine/modals";
import { Outlet, useLocation } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/router-links";
import { useIsPhone } from "../../components/use-is-phone";
import { MainNav } from "./main-nav";
import { SessionExpiredDialog } from "./session-expired-dialog";
import { UserMenu } from "./user-menu";

const mainId = "main-content";
const navId = "main-navigation";

/** Moves focus to <main> without changing the URL (the router owns the URL, hashes included). */
function SkipLink() {
  const { t } = useTranslation();
  return (
    <Anchor
      href={`#${mainId}`}
      className="skip-link"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(mainId)?.focus();
      }}
    >
      {t("layout.skipToContent")}
    </Anchor>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Below Mantine's "sm" breakpoint the navbar is a drawer: while closed it must not take focus.
  const isPhone = useIsPhone();
  const pathname = useLocation({ select: (location) => location.pathname });

  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: "sm", collapsed: { mobile: !opened } }}
        padding={{ base: "sm", sm: "lg" }}
      >
        <AppShell.Header aria-label={t("layout.header")}>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t("layout.closeNavigation") : t("layout.openNavigation")}
                aria-expanded={opened}
                aria-controls={navId}
              />
              <AnchorLink to="/" underline="never" c="inherit" aria-label={t("app.fullName")}>
                <Text component="span" fw={800} size="lg" c="otagai.8">
                  {t("app.name")}
                </Text>
              </AnchorLink>
            </Group>
            <UserMenu />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar id={navId} aria-label={t("layout.mainNavigation")} inert={isPhone && !opened}>
          <MainNav />
        </AppShell.Navbar>
        <AppShell.Main id={mainId} tabIndex={-1} className="main-content">
          {/* Confirmations are for signed-in pages only: the modals manager loads with this layout. */}
          <ModalsProvider>
            <Outlet />
          </ModalsProvider>
          <SessionExpiredDialog />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
