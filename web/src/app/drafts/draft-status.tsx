import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../components/format";
import type { DraftStatus } from "./use-server-draft";

/**
 * Where the typing is kept, beside a long form's save button: "draft saved (10:32)", or kept on
 * this device while the server cannot take it. Announced politely to screen readers.
 */
export function DraftStatusText({ status }: { status: DraftStatus }) {
  const { t, i18n } = useTranslation();
  const text =
    status.kind === "saving"
      ? t("drafts.saving")
      : status.kind === "saved"
        ? t("drafts.saved", { time: formatDateTime(status.at, i18n.language) })
        : status.kind === "local"
          ? t("drafts.savedLocally", { time: formatDateTime(status.at, i18n.language) })
          : "";
  return (
    <Text
      size="sm"
      c={status.kind === "local" ? undefined : "dimmed"}
      fw={status.kind === "local" ? 600 : undefined}
      aria-live="polite"
      data-testid="draft-status"
    >
      {text}
    </Text>
  );
}
