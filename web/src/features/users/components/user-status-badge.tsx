import { Badge } from "@mantine/core";
import type { User } from "@otagai/shared/users/schemas";
import { useTranslation } from "react-i18next";

export function UserStatusBadge({ status }: { status: User["status"] }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={status === "active" ? "otagai" : "gray"}
      c={status === "active" ? undefined : "dark"}
    >
      {t(`users.statuses.${status}`)}
    </Badge>
  );
}
