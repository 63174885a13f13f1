import { Alert, List, Text } from "@mantine/core";
import type { OfficerOverlap } from "@otagai/shared/network/officers";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The warning after a save: a one-seat role (理事長, 専務理事) held by someone else on the same days. */
export function OfficerOverlaps({
  overlaps,
  children,
}: {
  overlaps: OfficerOverlap[];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const first = overlaps[0];
  if (!first) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Text fw={700} mb={4}>
        {t("network.officers.overlapTitle")}
      </Text>
      {t("network.officers.overlapLead", { role: t(`officerRoles.${first.role}`) })}
      <List mt="xs">
        {overlaps.map((overlap) => (
          <List.Item key={overlap.id}>
            {t("network.officers.overlapItem", {
              name: overlap.name,
              from: overlap.termStartsOn,
              to: overlap.termEndsOn,
            })}
          </List.Item>
        ))}
      </List>
      {children}
    </Alert>
  );
}
