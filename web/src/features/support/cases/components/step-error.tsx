import { Alert, Button, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../../app/api-client";
import { MutationError } from "../../../../components/query-state";

/**
 * A step form's failure above its buttons. Someone else changed the case first (409
 * STALE_UPDATE): says so and offers to load the latest record; the typed values stay in the form
 * until the person chooses to reload. Other refusals (a step not allowed now…) show the server's
 * message, which names what is missing.
 */
export function StepError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 409 && error.code === "STALE_UPDATE") {
    return (
      <Alert color="orange" title={t("support.cases.ui.stale.title")} role="alert">
        <Text size="sm" mb="sm">
          {error.message}
        </Text>
        <Button
          size="xs"
          variant="outline"
          color="orange.9"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onReload}
        >
          {t("support.cases.ui.stale.reload")}
        </Button>
      </Alert>
    );
  }
  return <MutationError error={error} />;
}
