import { Alert, Button, Center, Group, Loader, Text } from "@mantine/core";
import { IconAlertCircle, IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../app/api-client";

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text>{t("common.loading")}</Text>
      </Group>
    </Center>
  );
}

/** An API error as a message: 403 as "no permission", others with the server's (translated) text. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403) {
    return (
      <Alert
        color="orange"
        icon={<IconLock aria-hidden />}
        title={t("common.noPermissionTitle")}
        role="alert"
      >
        {t("common.noPermission")}
      </Alert>
    );
  }
  const message = isApiError(error) ? error.message : t("common.loadFailed");
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t("common.loadFailed")} role="alert">
      <Text size="sm">{message}</Text>
      {onRetry ? (
        <Button mt="sm" size="xs" variant="outline" color="red" onClick={onRetry}>
          {t("common.retry")}
        </Button>
      ) : null}
    </Alert>
  );
}

/** The message of a failed mutation, shown above a form's buttons. */
export function MutationError({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.message : t("errors.INTERNAL");
  return (
    <Alert
      color="red"
      icon={<IconAlertCircle aria-hidden />}
      title={title ?? t("common.errorTitle")}
      role="alert"
    >
      {message}
    </Alert>
  );
}
