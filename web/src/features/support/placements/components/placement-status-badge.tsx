import { Badge } from "@mantine/core";
import type { PlacementStatus } from "@otagai/shared/support/placements";
import { useTranslation } from "react-i18next";

// Dark text on the light tint: readable (WCAG AA) whatever the color; never narrower than its words.
const colors: Record<PlacementStatus, string> = {
  planned: "blue",
  ongoing: "otagai",
  completed: "gray",
  ended_early: "orange",
};
const badgeStyle = { textTransform: "none", minWidth: "max-content" } as const;

export function PlacementStatusBadge({ status }: { status: PlacementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]} c="dark" radius="sm" style={badgeStyle}>
      {t(`support.placements.statuses.${status}`)}
    </Badge>
  );
}
