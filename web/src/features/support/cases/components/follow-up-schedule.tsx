import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import type { FollowUp } from "@otagai/shared/support/outcomes";
import { IconClipboardCheck, IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { type FollowUpState, followUpState, useOutcomeFormat } from "./outcome-format";

// Dark text on a light tint (WCAG AA whatever the color), as the workplaces' badges: the tint and
// the word tell the state apart, never the color alone.
const stateColor: Record<FollowUpState, string> = {
  done: "green",
  overdue: "red",
  dueToday: "orange",
  planned: "gray",
};
const badgeStyle = { textTransform: "none", minWidth: "max-content" } as const;

function FollowUpRow({
  followUp,
  today,
  canWrite,
  onRecord,
}: {
  followUp: FollowUp;
  today: string;
  canWrite: boolean;
  onRecord: () => void;
}) {
  const { t } = useTranslation();
  const format = useOutcomeFormat();
  const f = "support.outcomes.followUps" as const;
  const state = followUpState(followUp, today);
  const months = followUp.offsetMonths;
  const summary =
    state !== "done"
      ? null
      : followUp.stillWorking === false
        ? t(`${f}.stopped`, {
            date: format.date(followUp.doneOn),
            stoppedOn: format.date(followUp.stoppedOn),
            reason: followUp.stoppedReason ? t(`${f}.stoppedReasons.${followUp.stoppedReason}`) : "",
          })
        : t(`${f}.working`, { date: format.date(followUp.doneOn) });
  return (
    // A rule between the rows: on a phone each follow-up takes several lines.
    <li
      style={{ borderTop: "1px solid var(--mantine-color-gray-3)", paddingTop: "var(--mantine-spacing-xs)" }}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: "1 1 16rem" }}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {t(`${f}.offset`, { months })}
            </Text>
            <Badge variant="light" color={stateColor[state]} c="dark" radius="sm" style={badgeStyle}>
              {t(`${f}.states.${state}`)}
            </Badge>
            <Text size="sm" span>
              {t(`${f}.dueOn`, { date: format.date(followUp.dueOn) })}
            </Text>
          </Group>
          {summary ? (
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {summary}
            </Text>
          ) : null}
          {followUp.nextStep ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {t(`${f}.fields.nextStep`)}：{followUp.nextStep}
            </Text>
          ) : null}
        </Stack>
        {canWrite ? (
          <Button
            size="xs"
            variant={state === "done" ? "subtle" : "light"}
            leftSection={
              state === "done" ? (
                <IconPencil size={14} aria-hidden />
              ) : (
                <IconClipboardCheck size={14} aria-hidden />
              )
            }
            aria-label={t(state === "done" ? `${f}.editOf` : `${f}.recordOf`, { months })}
            onClick={onRecord}
          >
            {t(state === "done" ? `${f}.edit` : `${f}.record`)}
          </Button>
        ) : null}
      </Group>
    </li>
  );
}

/** A work outcome's follow-ups at 1, 3, 6 and 12 months: due date, where each stands, and its record. */
export function FollowUpSchedule({
  followUps,
  label,
  today,
  canWrite,
  onRecord,
}: {
  followUps: FollowUp[];
  label: string;
  today: string;
  canWrite: boolean;
  onRecord: (followUp: FollowUp) => void;
}) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} aria-label={label} style={{ listStyle: "none" }}>
      {followUps.map((followUp) => (
        <FollowUpRow
          key={followUp.id}
          followUp={followUp}
          today={today}
          canWrite={canWrite}
          onRecord={() => onRecord(followUp)}
        />
      ))}
    </Stack>
  );
}
