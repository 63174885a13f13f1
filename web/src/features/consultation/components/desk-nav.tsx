import { Group } from "@mantine/core";
import { type Permission, roleHas } from "@otagai/shared/platform/permissions";
import {
  IconBuildingCommunity,
  IconBulb,
  IconCalendar,
  IconChartBar,
  IconInbox,
  IconScale,
} from "@tabler/icons-react";
import type { JSX, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../../../app/session";
import { ButtonLink } from "../../../components/router-links";

type DeskPage = {
  to:
    | "/consultation/requests"
    | "/consultation/calendar"
    | "/consultation/figures"
    | "/consultation/startup"
    | "/consultation/agencies"
    | "/consultation/advisors";
  label: string;
  permission: Permission;
  icon: ReactNode;
};

/**
 * The desk's other pages from its list, each shown to those whose role may open it: the inbox of
 * public requests, the calendar, the figures, the start-up directory, agencies and advisors.
 */
export function DeskNav(): JSX.Element | null {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const pages: DeskPage[] = [
    {
      to: "/consultation/requests",
      label: t("consultation.requests.navLink"),
      permission: "consultationRequests.handle",
      icon: <IconInbox size={16} aria-hidden />,
    },
    {
      to: "/consultation/calendar",
      label: t("consultation.appointments.navLink"),
      permission: "consultations.read",
      icon: <IconCalendar size={16} aria-hidden />,
    },
    {
      to: "/consultation/figures",
      label: t("consultation.figures.navLink"),
      permission: "consultation.read",
      icon: <IconChartBar size={16} aria-hidden />,
    },
    {
      to: "/consultation/startup",
      label: t("consultation.startup.open"),
      permission: "consultation.read",
      icon: <IconBulb size={16} aria-hidden />,
    },
    {
      to: "/consultation/agencies",
      label: t("consultation.referrals.agencies.title"),
      permission: "referrals.read",
      icon: <IconBuildingCommunity size={16} aria-hidden />,
    },
    {
      to: "/consultation/advisors",
      label: t("consultation.referrals.advisors.title"),
      permission: "referrals.read",
      icon: <IconScale size={16} aria-hidden />,
    },
  ];
  const open = pages.filter((page) => roleHas(me.role, page.permission));
  if (open.length === 0) return null;
  return (
    <Group component="nav" aria-label={t("consultation.list.deskPages")} gap="xs" mb="md">
      {open.map((page) => (
        <ButtonLink key={page.to} to={page.to} variant="light" size="sm" leftSection={page.icon}>
          {page.label}
        </ButtonLink>
      ))}
    </Group>
  );
}
