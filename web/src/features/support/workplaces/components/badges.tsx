import { Badge, Group } from "@mantine/core";
import type { EmploymentType, SupportFeature, WorkplaceStatus } from "@otagai/shared/support/workplaces";
import { employmentTypes } from "@otagai/shared/support/workplaces";
import { useTranslation } from "react-i18next";

// Dark text on the light tint: readable (WCAG AA) whatever the badge's color. Never narrower than
// its words: a squeezed table column would otherwise cut a badge to "受…".
const badgeStyle = { textTransform: "none", minWidth: "max-content" } as const;

const statusColors: Record<WorkplaceStatus, string> = { active: "green", paused: "yellow", ended: "gray" };

export function WorkplaceStatusBadge({ status }: { status: WorkplaceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} c="dark" variant="light" radius="sm" style={badgeStyle}>
      {t(`support.workplaces.statuses.${status}`)}
    </Badge>
  );
}

/** 雇用型 / 非雇用型, in that order whatever order they were stored in. */
export function EmploymentTypeBadges({ types }: { types: readonly EmploymentType[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {employmentTypes
        .filter((type) => types.includes(type))
        .map((type) => (
          <Badge key={type} color="blue" c="dark" variant="light" radius="sm" style={badgeStyle}>
            {t(`support.workplaces.certifications.employmentTypes.${type}`)}
          </Badge>
        ))}
    </Group>
  );
}

/** The support a workplace offers, as short badges (静養室あり, 車いす可 …). */
export function SupportFeatureBadges({ features }: { features: readonly SupportFeature[] }) {
  const { t } = useTranslation();
  if (features.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {features.map((feature) => (
        <Badge key={feature} color="gray" c="dark" variant="light" radius="sm" fw={500} style={badgeStyle}>
          {t(`support.workplaces.supportFeatures.${feature}`)}
        </Badge>
      ))}
    </Group>
  );
}

/** A certification's standing today: 有効 / 期限切れ / 開始前. */
export function CertificationStateBadge({ state }: { state: "current" | "expired" | "notYet" }) {
  const { t } = useTranslation();
  const color = state === "current" ? "green" : state === "expired" ? "red" : "gray";
  return (
    <Badge color={color} c="dark" variant="light" radius="sm" style={badgeStyle}>
      {t(`support.workplaces.certifications.${state}`)}
    </Badge>
  );
}
