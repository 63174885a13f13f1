import { Badge } from "@mantine/core";
import type { CaseStatus } from "@otagai/shared/support/case-flow";
import { useTranslation } from "react-i18next";
import { caseStatusLabel } from "../labels";

const colors: Record<CaseStatus, string> = {
  intake: "blue",
  assessment: "cyan",
  plan: "teal",
  conference: "grape",
  active: "green",
  evaluation: "orange",
  closed: "gray",
};

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    // Dark text on the light tint: readable (WCAG AA) whatever the step's color.
    <Badge color={colors[status]} c="dark" variant="light" radius="sm" style={{ textTransform: "none" }}>
      {caseStatusLabel(t, status)}
    </Badge>
  );
}
