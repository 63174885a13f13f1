import { ScrollArea, Stack } from "@mantine/core";
import { areasForRole } from "@otagai/shared/platform/areas";
import { useLocation } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { NavLinkLink } from "../../components/router-links";
import { useCurrentUser } from "../session";
import { areaIcons } from "./area-icons";

function isActive(pathname: string, areaPath: string): boolean {
  if (areaPath === "/") return pathname === "/";
  return pathname === areaPath || pathname.startsWith(`${areaPath}/`);
}

/** The areas this role may open (shared/src/platform/areas.ts), in the order the brief lists them. */
export function MainNav() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const pathname = useLocation({ select: (location) => location.pathname });
  return (
    <ScrollArea type="auto" style={{ flex: 1 }}>
      <Stack component="ul" gap={2} p="sm" m={0} style={{ listStyle: "none" }}>
        {areasForRole(user.role).map((area) => {
          const Icon = areaIcons[area.key];
          const active = isActive(pathname, area.path);
          return (
            <li key={area.key}>
              <NavLinkLink
                to={area.path}
                label={t(`areas.${area.key}.title`)}
                leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
                active={active}
                aria-current={active ? "page" : undefined}
                variant="light"
                fw={active ? 700 : 500}
              />
            </li>
          );
        })}
      </Stack>
    </ScrollArea>
  );
}
