import { Badge } from "@mantine/core";
import type { ReferralStatus } from "@otagai/shared/consultation/referrals";
import { useTranslation } from "react-i18next";

const colors: Record<ReferralStatus, string> = {
  sent: "blue",
  accepted: "otagai",
  declined: "orange",
  result_received: "teal",
  closed: "gray",
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]} c="dark" radius="sm" style={{ textTransform: "none" }}>
      {t(`consultation.referrals.statuses.${status}`)}
    </Badge>
  );
}
