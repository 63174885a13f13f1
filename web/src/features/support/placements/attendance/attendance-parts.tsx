import { Alert, Button, Group, List, Stack, Text } from "@mantine/core";
import type { AttendanceDay } from "@otagai/shared/support/attendance";
import { IconAlertTriangle, IconDeviceFloppy, IconRefresh, IconWifiOff } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { issueMessage } from "../../../../app/form-errors";
import { formatDateTime } from "../../../../components/format";
import { MutationError } from "../../../../components/query-state";
import { conflictsOfError, isConnectionLost } from "./attendance-api";
import { type EntryField, type EntryIssue, weekdayOf } from "./attendance-edits";
import type { EntryErrors } from "./attendance-entry-cells";
import type { AttendanceEntry } from "./use-attendance-entry";

/** "6月2日（月）". */
export function dayLabel(day: string, t: TFunction): string {
  const [, month, date] = day.split("-").map(Number);
  return t("support.attendance.dayLabel", {
    month,
    day: date,
    weekday: t(`support.workplaces.weekdays.${weekdayOf(day)}`),
  });
}

/** A saved day in words: "欠席（通院）" or "出席 6時間". */
export function describeDay(day: AttendanceDay, t: TFunction): string {
  const a = "support.attendance" as const;
  const parts = [t(`${a}.statuses.${day.status}`)];
  if (day.hours !== null) parts.push(`${day.hours}${t(`${a}.hoursUnit`)}`);
  if (day.absenceReason) parts.push(`（${day.absenceReason}）`);
  if (day.note) parts.push(`／${day.note}`);
  if (day.recordedByName) parts.push(`— ${t(`${a}.recordedBy`, { name: day.recordedByName })}`);
  return parts.join(" ");
}

/** The schema's issues as the messages under each input. */
export function errorsOf(
  problems: Partial<Record<EntryField, EntryIssue>> | undefined,
  t: TFunction,
): EntryErrors | undefined {
  if (!problems) return undefined;
  return Object.fromEntries(
    Object.entries(problems).map(([field, issue]) => [field, issue ? issueMessage(issue, t) : ""]),
  );
}

/**
 * A save that failed: someone saved first (the days they saved, with their values, and the two
 * ways on: load theirs or keep mine), the connection lost (the typing is on this device), or the
 * server's message.
 */
export function AttendanceSaveError({
  error,
  rowLabelOf,
  onTakeTheirs,
  onKeepMine,
}: {
  error: unknown;
  /** The row a conflict names: a day on the week grid, a trainee on the day sheet. */
  rowLabelOf: (conflict: { placementId: string; day: string }) => string;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const a = "support.attendance" as const;
  if (!error) return null;
  const conflicts = conflictsOfError(error);
  if (conflicts) {
    return (
      <Alert
        color="orange"
        title={t(`${a}.conflictTitle`)}
        role="alert"
        icon={<IconAlertTriangle aria-hidden />}
      >
        <Text size="sm">{t(`${a}.conflictLead`)}</Text>
        <List size="sm" my="xs">
          {conflicts.map((conflict) => (
            <List.Item key={`${conflict.placementId}:${conflict.day}`}>
              {conflict.current
                ? t(`${a}.conflictCurrent`, {
                    row: rowLabelOf(conflict),
                    value: describeDay(conflict.current, t),
                  })
                : t(`${a}.conflictCleared`, { row: rowLabelOf(conflict) })}
            </List.Item>
          ))}
        </List>
        <Group gap="xs">
          <Button
            size="xs"
            variant="outline"
            color="orange.9"
            leftSection={<IconRefresh size={14} aria-hidden />}
            onClick={onTakeTheirs}
          >
            {t(`${a}.takeTheirs`)}
          </Button>
          <Button size="xs" variant="outline" color="orange.9" onClick={onKeepMine}>
            {t(`${a}.keepMine`)}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (isConnectionLost(error)) {
    return (
      <Alert color="orange" role="alert" icon={<IconWifiOff aria-hidden />}>
        {t(`${a}.offline`)}
      </Alert>
    );
  }
  return <MutationError error={error} />;
}

/** "Restored what was typed at 10:32": the typing came back from this browser. */
export function RestoredNotice({ at, onDiscard }: { at: string; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  const a = "support.attendance" as const;
  return (
    <Alert color="blue" role="status">
      <Text size="sm" mb="xs">
        {t(`${a}.draftRestored`, { time: formatDateTime(at, i18n.language) })}
      </Text>
      <Button size="xs" variant="outline" onClick={onDiscard}>
        {t(`${a}.discardDraft`)}
      </Button>
    </Alert>
  );
}

/**
 * The form around the week grid's or day sheet's table: Ctrl+Enter saves; the restored-typing
 * notice on top, then the keyboard hint (`hintId`, for the table's aria-describedby).
 */
export function AttendanceEntryForm({
  entry,
  hintId,
  children,
}: {
  entry: AttendanceEntry;
  hintId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const a = "support.attendance" as const;
  return (
    <form ref={entry.formRef} onSubmit={entry.submit} onKeyDown={entry.onKeyDown} noValidate>
      <Stack gap="sm">
        {entry.restoredAt ? <RestoredNotice at={entry.restoredAt} onDiscard={entry.discardRestored} /> : null}
        <Text size="xs" c="dimmed" id={hintId}>
          {t(`${a}.keyboardHint`)} {t(`${a}.hoursHelp`)}
        </Text>
        {children}
      </Stack>
    </form>
  );
}

/**
 * Below the table: a failed save (with the conflict's two ways on), the notice, then save, the
 * fill button given (`fill`), how many rows changed and discarding them.
 */
export function AttendanceSaveBar({
  entry,
  rowLabelOf,
  disabled,
  fill,
}: {
  entry: AttendanceEntry;
  /** A row named by its key: "6月2日（月）" for a day, the trainee's name for a placement. */
  rowLabelOf: (key: string) => string;
  disabled?: boolean;
  fill: ReactNode;
}) {
  const { t } = useTranslation();
  const a = "support.attendance" as const;
  const { notice, changed } = entry;
  return (
    <>
      <AttendanceSaveError
        error={entry.saveError}
        rowLabelOf={(conflict) => rowLabelOf(entry.keyOf(conflict))}
        onTakeTheirs={entry.takeTheirs}
        onKeepMine={entry.keepMine}
      />
      {notice ? (
        <Text size="sm" role="status" fw={notice === "fixErrors" ? 700 : undefined}>
          {t(`${a}.${notice}`)}
        </Text>
      ) : null}
      <Group gap="sm">
        <Button
          type="submit"
          loading={entry.saving}
          disabled={disabled}
          leftSection={<IconDeviceFloppy size={16} aria-hidden />}
        >
          {t(`${a}.save`)}
        </Button>
        {fill}
        {changed.length > 0 ? (
          <>
            <Text size="sm" fw={600}>
              {t(`${a}.changedCount`, { count: changed.length })}
            </Text>
            <Button variant="subtle" size="xs" onClick={entry.discard}>
              {t(`${a}.discardChanges`)}
            </Button>
          </>
        ) : null}
      </Group>
    </>
  );
}
