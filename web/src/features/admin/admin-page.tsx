import { Paper, SimpleGrid, Text, ThemeIcon, Title } from "@mantine/core";
import { roleHas } from "@otagai/shared/platform/permissions";
import { IconShieldCheck, IconUsers } from "@tabler/icons-react";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../app/session";
import { PageHeader } from "../../components/page-header";
import { AnchorLink } from "../../components/router-links";

/** The admin home: one card per admin tool this role may use, promising only what the role can do. */
export function AdminPage(): JSX.Element {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canManage = roleHas(user.role, "users.manage");
  const links = [
    {
      to: "/admin/users",
      show: roleHas(user.role, "users.read"),
      title: t("admin.usersLink"),
      description: canManage ? t("admin.usersDescription") : t("admin.usersDescriptionReadOnly"),
      icon: <IconUsers size={22} />,
    },
    {
      to: "/admin/audit",
      show: roleHas(user.role, "audit.read"),
      title: t("admin.auditLink"),
      description: t("admin.auditDescription"),
      icon: <IconShieldCheck size={22} />,
    },
  ] as const;

  return (
    <>
      <PageHeader title={t("admin.title")} lead={canManage ? t("admin.lead") : t("admin.leadReadOnly")} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={900}>
        {links
          .filter((link) => link.show)
          .map((link) => (
            <Paper key={link.to} withBorder p="lg" radius="md">
              <ThemeIcon variant="light" size="xl" radius="md" mb="sm" aria-hidden>
                {link.icon}
              </ThemeIcon>
              <Title order={2} size="h4" mb={4}>
                <AnchorLink to={link.to}>{link.title}</AnchorLink>
              </Title>
              <Text size="sm">{link.description}</Text>
            </Paper>
          ))}
      </SimpleGrid>
    </>
  );
}
