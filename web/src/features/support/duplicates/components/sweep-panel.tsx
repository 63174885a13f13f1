import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { IconAlertCircle, IconSearch } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { type JSX, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState, MutationError } from "../../../../components/query-state";
import { useLatestSweep } from "../api/latest-sweep";
import { useStartSweep } from "../api/start-sweep";
import { formatDateTime } from "../person-format";

/**
 * Starts a sweep and shows its progress while it runs (polled); when it finishes, the pair list
 * below reloads. The sweep goes on in the server if the page is left.
 */
export function SweepPanel(): JSX.Element {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const latest = useLatestSweep();
  const start = useStartSweep();
  const sweep = latest.data?.sweep ?? null;
  const running = sweep?.status === "running";

  // A sweep seen running that is no longer: its pairs replace the list's.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running) wasRunning.current = true;
    else if (wasRunning.current) {
      wasRunning.current = false;
      void queryClient.invalidateQueries({ queryKey: ["duplicates", "pairs"] });
    }
  }, [running, queryClient]);

  const done = sweep?.chunksDone ?? 0;
  const total = sweep?.chunksTotal ?? 0;
  const progress = total > 0 ? Math.round((done / total) * 100) : 0;

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="duplicate-sweep-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={2} size="h4" id="duplicate-sweep-heading">
              {t("support.duplicates.sweep.heading")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("support.duplicates.sweep.help")}
            </Text>
          </div>
          <Button
            leftSection={<IconSearch size={16} aria-hidden />}
            loading={start.isPending}
            disabled={running || latest.isPending}
            onClick={() => start.mutate()}
          >
            {sweep ? t("support.duplicates.sweep.restart") : t("support.duplicates.sweep.start")}
          </Button>
        </Group>
        {latest.isPending ? <LoadingState /> : null}
        {latest.isError ? <ErrorState error={latest.error} onRetry={() => void latest.refetch()} /> : null}
        {start.isError ? (
          <MutationError error={start.error} title={t("support.duplicates.sweep.startFailedTitle")} />
        ) : null}
        {running ? (
          <Stack gap={6}>
            <Progress.Root size="lg">
              <Progress.Section
                value={progress}
                animated
                aria-label={t("support.duplicates.sweep.progressLabel")}
              />
            </Progress.Root>
            <Text size="sm" role="status">
              {total > 0
                ? t("support.duplicates.sweep.running", { percent: progress, done, total })
                : t("support.duplicates.sweep.starting")}
            </Text>
          </Stack>
        ) : null}
        {latest.isSuccess && !sweep ? <Text size="sm">{t("support.duplicates.sweep.never")}</Text> : null}
        {sweep?.status === "finished" ? (
          <Text size="sm" role="status">
            {t("support.duplicates.sweep.finished", {
              date: formatDateTime(sweep.finishedAt, i18n.language),
              count: sweep.pairCount,
            })}
          </Text>
        ) : null}
        {sweep?.status === "failed" ? (
          <Alert color="orange" icon={<IconAlertCircle aria-hidden />} role="alert">
            {t("support.duplicates.sweep.failed", { date: formatDateTime(sweep.startedAt, i18n.language) })}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
