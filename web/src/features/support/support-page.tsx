import { Paper, SimpleGrid, Text, ThemeIcon, Title } from "@mantine/core";
import { type Permission, roleHas } from "@otagai/shared/platform/permissions";
import {
  IconBriefcase,
  IconBuildingCommunity,
  IconBuildingStore,
  IconFileImport,
  IconUsers,
  IconUsersGroup,
} from "@tabler/icons-react";
import type { JSX, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../app/session";
import { PageHeader } from "../../components/page-header";
import { AnchorLink } from "../../components/router-links";

type SupportLink = {
  /** Router paths, checked against the route tree. */
  to:
    | "/support/participants"
    | "/support/cases"
    | "/support/programs"
    | "/support/import"
    | "/support/duplicates"
    | "/support/workplaces";
  permission: Permission;
  title: string;
  description: string;
  icon: ReactNode;
};

/**
 * The support home: one card per part of the area this role may use, so that it promises only
 * what the person can open (the same permissions the server checks).
 */
export function SupportPage(): JSX.Element {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const links: SupportLink[] = [
    {
      to: "/support/participants",
      permission: "participants.read",
      title: t("support.home.participants"),
      description: roleHas(user.role, "participants.write")
        ? t("support.home.participantsDescription")
        : t("support.home.participantsDescriptionReadOnly"),
      icon: <IconUsers size={22} />,
    },
    {
      to: "/support/cases",
      permission: "cases.read",
      title: t("support.home.cases"),
      description: t("support.home.casesDescription"),
      icon: <IconBriefcase size={22} />,
    },
    {
      to: "/support/workplaces",
      permission: "workplaces.read",
      title: t("support.workplaces.title"),
      description: roleHas(user.role, "workplaces.write")
        ? t("support.workplaces.homeDescription")
        : t("support.workplaces.homeDescriptionReadOnly"),
      icon: <IconBuildingStore size={22} />,
    },
    {
      to: "/support/programs",
      permission: "programs.read",
      title: t("support.home.programs"),
      description: t("support.home.programsDescription"),
      icon: <IconBuildingCommunity size={22} />,
    },
    {
      to: "/support/import",
      permission: "participants.import",
      title: t("support.home.import"),
      description: t("support.home.importDescription"),
      icon: <IconFileImport size={22} />,
    },
    {
      to: "/support/duplicates",
      permission: "participants.merge",
      title: t("support.home.duplicates"),
      description: t("support.home.duplicatesDescription"),
      icon: <IconUsersGroup size={22} />,
    },
  ];
  const shown = links.filter((link) => roleHas(user.role, link.permission));

  return (
    <>
      <PageHeader title={t("areas.support.title")} lead={t("support.home.lead")} />
      {shown.length === 0 ? (
        <Text maw={720}>{t("support.home.nothingYet")}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} maw={1100}>
          {shown.map((link) => (
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
      )}
    </>
  );
}
