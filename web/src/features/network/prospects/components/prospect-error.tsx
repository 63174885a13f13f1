import { Alert } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import type { JSX } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";

/** A refused change, with the reason the server gives per field (a stage move, an activation). */
export function ProspectError({ error }: { error: unknown }): JSX.Element | null {
  const { t } = useTranslation();
  if (!error) return null;
  const reasons = isApiError(error) ? error.fields.map((field) => field.message) : [];
  const message = isApiError(error) ? error.message : t("errors.INTERNAL");
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={message} role="alert">
      {reasons.length > 0 ? reasons.join(" ") : null}
    </Alert>
  );
}
