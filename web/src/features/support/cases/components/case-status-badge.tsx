import { Badge } from "@mantine/core";
import type { CaseStatus } from "@otagai/shared/support/case-flow";
import { useTranslation } from "react-i18next";

// Dark text on light backgrounds: readable (WCAG AA) whatever the colour.
const colors: Record<CaseStatus, string> = {
  intake: "blue",
  assessment: "indigo",
  plan: "violet",
  conference: "grape",
  active: "otagai",
  evaluation: "orange",
  closed: "gray",
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]} c="dark">
      {t(`support.cases.statuses.${status}`)}
    </Badge>
  );
}
