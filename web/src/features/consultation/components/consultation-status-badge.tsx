import { Badge } from "@mantine/core";
import type { ConsultationStatus } from "@otagai/shared/consultation/consultations";
import { useTranslation } from "react-i18next";

const colors: Record<ConsultationStatus, string> = {
  open: "blue",
  follow_up_due: "orange",
  referred: "grape",
  closed: "gray",
};

/** A consultation's status as a badge; dark text keeps the light colors readable (contrast). */
export function ConsultationStatusBadge({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} c="dark" variant="light" radius="sm" style={{ textTransform: "none" }}>
      {t(`consultation.statuses.${status}`)}
    </Badge>
  );
}
