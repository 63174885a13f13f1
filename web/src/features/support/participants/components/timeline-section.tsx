import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { Activity } from "@otagai/shared/support/activities";
import { IconPencil, IconPlus } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { participantActivitiesQueryOptions, useParticipantActivities } from "../api/participant-activities";
import { activityTypeLabel } from "../labels";
import type { ParticipantCaseSummary } from "../participant-types";
import { ActivityCreateForm, ActivityEditForm, type ActivityValues } from "./activity-form";

const minuteFormat = (locale: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
  });

function TimelineEntry({
  activity,
  participantId,
  caseNames,
  canWrite,
}: {
  activity: Activity;
  participantId: string;
  caseNames: Map<string, string>;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState<Partial<ActivityValues> | undefined>();
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState(false);
  const when = minuteFormat(i18n.language).format(new Date(activity.occurredAt));

  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group justify="space-between" align="flex-start" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} component="h3" size="sm" m={0}>
              <time dateTime={activity.occurredAt}>{when}</time>
            </Text>
            <Badge color="gray" c="dark" variant="light" radius="sm" style={{ textTransform: "none" }}>
              {activityTypeLabel(t, activity.type)}
            </Badge>
            <Text size="sm">
              {t("support.participants.timeline.minutesValue", { minutes: activity.minutes })}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {[
              activity.staffName
                ? t("support.participants.timeline.staff", { name: activity.staffName })
                : "",
              activity.caseId ? (caseNames.get(activity.caseId) ?? "") : "",
              activity.edited
                ? activity.updatedByName
                  ? t("support.participants.timeline.edited", { name: activity.updatedByName })
                  : t("support.participants.timeline.editedNoName")
                : "",
            ]
              .filter(Boolean)
              .join(" ・ ")}
          </Text>
        </div>
        {canWrite && !editing ? (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={() => {
              setNotice(false);
              setPending(undefined);
              setEditing(true);
            }}
            aria-label={`${t("support.participants.timeline.edit")}: ${when}`}
          >
            {t("support.participants.timeline.edit")}
          </Button>
        ) : null}
      </Group>
      {editing ? (
        <ActivityEditForm
          key={generation}
          activity={activity}
          pending={pending}
          onDone={() => {
            setEditing(false);
            setPending(undefined);
            setNotice(true);
          }}
          onCancel={() => setEditing(false)}
          onReload={(changes) => {
            void queryClient
              .invalidateQueries({ queryKey: participantActivitiesQueryOptions(participantId).queryKey })
              .then(() => {
                setPending(changes);
                setGeneration((value) => value + 1);
              });
          }}
        />
      ) : activity.notes ? (
        <Text size="sm" mt={6} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {activity.notes}
        </Text>
      ) : null}
      <Text size="sm" c="dark" role="status">
        {notice ? t("support.participants.timeline.updated") : null}
      </Text>
    </Paper>
  );
}

/**
 * The participant's support records, newest first, a page at a time by keyset ("load more" asks
 * for the entries before the last one shown), with quick entry and editing.
 */
export function TimelineSection({
  participantId,
  cases,
  caseNames,
  canWrite,
}: {
  participantId: string;
  cases: ParticipantCaseSummary[];
  caseNames: Map<string, string>;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const timeline = useParticipantActivities(participantId);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="timeline-heading">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={2} size="h4" id="timeline-heading">
          {t("support.participants.timeline.title")}
        </Title>
        {canWrite && !adding ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setAdded(false);
              setAdding(true);
            }}
          >
            {t("support.participants.timeline.add")}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t("support.participants.timeline.lead")}
      </Text>
      {adding ? (
        <Paper withBorder p="md" radius="md" mb="md">
          <Title order={3} size="h5" mb="sm">
            {t("support.participants.timeline.addTitle")}
          </Title>
          <ActivityCreateForm
            participantId={participantId}
            cases={cases}
            caseNames={caseNames}
            onDone={() => {
              setAdding(false);
              setAdded(true);
            }}
            onCancel={() => setAdding(false)}
          />
        </Paper>
      ) : null}
      <Text size="sm" c="dark" role="status" mb={added ? "sm" : 0}>
        {added ? t("support.participants.timeline.added") : null}
      </Text>
      {timeline.isPending ? <LoadingState /> : null}
      {timeline.isError && items.length === 0 ? (
        <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : null}
      {timeline.data && items.length === 0 ? (
        <Text size="sm">{t("support.participants.timeline.empty")}</Text>
      ) : null}
      {items.length > 0 ? (
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
          aria-label={t("support.participants.timeline.listLabel")}
        >
          {items.map((activity) => (
            <TimelineEntry
              key={activity.id}
              activity={activity}
              participantId={participantId}
              caseNames={caseNames}
              canWrite={canWrite}
            />
          ))}
        </Stack>
      ) : null}
      {timeline.hasNextPage ? (
        <Group justify="center" mt="md">
          <Button
            variant="default"
            loading={timeline.isFetchingNextPage}
            onClick={() => void timeline.fetchNextPage()}
          >
            {t("support.participants.timeline.loadMore")}
          </Button>
        </Group>
      ) : items.length > 0 ? (
        <Text size="sm" c="dimmed" ta="center" mt="md">
          {t("support.participants.timeline.end")}
        </Text>
      ) : null}
      {timeline.isFetchNextPageError ? (
        <ErrorState error={timeline.error} onRetry={() => void timeline.fetchNextPage()} />
      ) : null}
    </Paper>
  );
}
