import { Badge, Button, Collapse, Group, Paper, Stack, Text } from "@mantine/core";
import type { Activity } from "@otagai/shared/support/activities";
import type { Case } from "@otagai/shared/support/cases";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../components/format";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { useCaseActivities } from "../api/find-case-activities";
import { ActivityForm } from "./activity-form";

function ActivityItem({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {formatDateTime(activity.occurredAt, i18n.language)}
        </Text>
        <Badge variant="light" color="gray" c="dark">
          {t(`support.activities.types.${activity.type}`)}
        </Badge>
        <Text size="sm">{t("support.cases.ui.activities.minutes", { count: activity.minutes })}</Text>
        {activity.staffName ? (
          <Text size="sm" c="dimmed">
            {activity.staffName}
          </Text>
        ) : null}
        {activity.edited ? (
          <Text size="xs" c="dimmed">
            {t("support.cases.ui.activities.edited", {
              name: activity.updatedByName ?? "",
              time: formatDateTime(activity.updatedAt, i18n.language),
            })}
          </Text>
        ) : null}
      </Group>
      {activity.notes ? (
        <Text size="sm" mt={4} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {activity.notes}
        </Text>
      ) : null}
    </Paper>
  );
}

/**
 * This case's support records, newest first, a page at a time ("load more": the API pages by
 * keyset, so the thousandth entry costs what the first does), and quick entry for those who write.
 */
export function CaseActivities({ record, canWrite }: { record: Case; canWrite: boolean }) {
  const { t } = useTranslation();
  const activities = useCaseActivities(record.id);
  const [entering, setEntering] = useState(false);
  const [saved, setSaved] = useState(false);
  const items = activities.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      {canWrite ? (
        <div>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            aria-expanded={entering}
            aria-controls="case-activity-form"
            onClick={() => {
              setEntering((value) => !value);
              setSaved(false);
            }}
          >
            {t("support.cases.ui.activities.add")}
          </Button>
          <Collapse expanded={entering} id="case-activity-form">
            <Paper withBorder p="md" mt="sm">
              {entering ? (
                <ActivityForm
                  record={record}
                  onSaved={() => {
                    setSaved(true);
                    setEntering(false);
                  }}
                />
              ) : null}
            </Paper>
          </Collapse>
          {saved ? (
            <Text size="sm" role="status" mt="xs">
              {t("support.cases.ui.activities.saved")}
            </Text>
          ) : null}
        </div>
      ) : null}
      {activities.isPending ? <LoadingState /> : null}
      {activities.isError ? (
        <ErrorState error={activities.error} onRetry={() => void activities.refetch()} />
      ) : null}
      {activities.data ? (
        items.length === 0 ? (
          <Text size="sm">{t("support.cases.ui.activities.empty")}</Text>
        ) : (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: "none" }}
            aria-label={t("support.cases.ui.activities.listLabel")}
          >
            {items.map((activity) => (
              <ActivityItem key={activity.id} activity={activity} />
            ))}
          </Stack>
        )
      ) : null}
      {activities.hasNextPage ? (
        <Group>
          <Button
            variant="default"
            loading={activities.isFetchingNextPage}
            onClick={() => void activities.fetchNextPage()}
          >
            {t("support.cases.ui.activities.loadMore")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
