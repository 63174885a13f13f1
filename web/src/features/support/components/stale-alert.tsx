import { Alert, Button, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../app/api-client";
import { MutationError } from "../../../components/query-state";

/**
 * A save's error above the buttons: "someone saved first" with a way to load their version (the
 * typed values stay until then), any other refusal as its message.
 */
export function SaveError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.code === "STALE_UPDATE") {
    return (
      <Alert color="orange" title={t("support.programs.form.staleTitle")} role="alert">
        <Text size="sm" mb={onReload ? "sm" : 0}>
          {error.message}
        </Text>
        {onReload ? (
          <Button
            size="xs"
            variant="outline"
            color="orange.9"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onReload}
          >
            {t("support.programs.form.reloadLatest")}
          </Button>
        ) : null}
      </Alert>
    );
  }
  return <MutationError error={error} />;
}
