import { Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import {
  closingStatuses,
  isReopen,
  type NetworkRequest,
  type NetworkRequestStatus,
  networkRequestMoves,
} from "@otagai/shared/network/requests";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { serverFieldErrors } from "../../../../app/form-errors";
import { MutationError } from "../../../../components/query-state";
import { useMoveNetworkRequest } from "../api/requests";

/**
 * The request's status moves, with the outcome they need: done and declined require it (checked
 * here and by the server); a reopen (back to accepted) is offered to the owner only.
 */
export function RequestMoves({
  request,
  userId,
  onMoved,
}: {
  request: NetworkRequest;
  userId: string;
  onMoved: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const move = useMoveNetworkRequest(request.id);
  const [outcome, setOutcome] = useState(request.outcome);
  const [outcomeError, setOutcomeError] = useState<string | undefined>();
  const moves = networkRequestMoves[request.status].filter(
    (to) => !isReopen(request.status, to) || request.ownerId === userId,
  );
  const serverErrors = serverFieldErrors(move.error, t);

  async function go(to: NetworkRequestStatus) {
    move.reset();
    if (closingStatuses.includes(to) && outcome.trim() === "") {
      setOutcomeError(t("validation.networkRequestOutcomeRequired"));
      document.getElementById(`${headingId}-outcome`)?.focus();
      return;
    }
    setOutcomeError(undefined);
    try {
      await move.mutateAsync({ status: to, outcome: outcome.trim(), version: request.version });
      onMoved();
    } catch {
      // Shown below (move.error).
    }
  }

  const label = (to: NetworkRequestStatus) =>
    isReopen(request.status, to)
      ? t("network.requests.moves.reopen")
      : t(`network.requests.moves.${to as Exclude<NetworkRequestStatus, "new">}`);

  return (
    <Paper withBorder p="md" maw={880} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t("network.requests.moves.heading")}
        </Title>
        <Text>
          {t("network.requests.moves.current", { status: t(`network.requests.statuses.${request.status}`) })}
        </Text>
        <Textarea
          id={`${headingId}-outcome`}
          label={t("network.requests.fields.outcome")}
          description={t("network.requests.fields.outcomeHelp")}
          autosize
          minRows={2}
          value={outcome}
          onChange={(event) => setOutcome(event.currentTarget.value)}
          error={outcomeError ?? serverErrors.outcome}
        />
        {serverErrors.status ? (
          <Text c="red.8" role="alert">
            {serverErrors.status}
          </Text>
        ) : (
          <MutationError error={move.error} />
        )}
        {moves.length > 0 ? (
          <Group>
            {moves.map((to) => (
              <Button
                key={to}
                variant={to === "declined" ? "default" : "filled"}
                loading={move.isPending && move.variables?.status === to}
                onClick={() => void go(to)}
              >
                {label(to)}
              </Button>
            ))}
          </Group>
        ) : (
          <Text c="dimmed">{t("network.requests.moves.reopenHelp")}</Text>
        )}
      </Stack>
    </Paper>
  );
}
