import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { AttendanceDay, PlacementAttendance } from "@otagai/shared/support/attendance";
import { IconChevronLeft, IconChevronRight, IconDeviceFloppy } from "@tabler/icons-react";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { ScrollTable } from "../../../../components/scroll-table";
import { todayInJapan } from "../../cases/components/dates";
import { conflictsOfError, fieldErrorsByIndex, useAttendance, useSaveAttendance } from "./attendance-api";
import {
  addDays,
  changedEntries,
  type Edits,
  emptyEntry,
  entryOf,
  entryProblems,
  keepMine,
  mondayOf,
  scheduledHours,
  takeTheirs,
  weekdayOf,
  weekOf,
  withStatus,
} from "./attendance-edits";
import { AttendanceEntryCells, type EntryErrors } from "./attendance-entry-cells";
import { AttendanceSaveError, dayLabel, errorsOf, RestoredNotice } from "./attendance-parts";
import { AttendanceRates } from "./attendance-rates";
import { useKeepLocalEdits, useLocalEdits } from "./use-local-edits";

export type WeekGridPlacement = {
  startOn: string;
  endOn: string;
  workDays: string[];
  hoursFrom: string;
  hoursTo: string;
};

/**
 * 出欠 of one placement, a week at a time (Monday–Sunday): a row per day with its status, hours,
 * reason for an absence and a note; days without a schedule greyed but open, days to come and
 * days outside the placement closed. Saves only the changed days, in one request; the week's,
 * terms' and whole placement's rates below. Staff and the partner portal use it alike.
 */
export function AttendanceWeekGrid({
  placementBase,
  placement,
}: {
  placementBase: string;
  placement: WeekGridPlacement;
}) {
  const { t } = useTranslation();
  const a = "support.attendance" as const;
  const today = todayInJapan();
  // The week holding today, or the placement's first or last week when today is outside it.
  // (The middle of the three dates: ISO dates sort as text.)
  const current = mondayOf([placement.startOn, today, placement.endOn].sort()[1] ?? today);
  const [monday, setMonday] = useState(current);
  const sunday = addDays(monday, 6);
  const attendance = useAttendance(placementBase, monday, sunday);
  const first = mondayOf(placement.startOn);
  const last = mondayOf(placement.endOn);

  return (
    <Paper component="section" withBorder p={{ base: "sm", sm: "lg" }} aria-labelledby="attendance-heading">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="attendance-heading">
            {t(`${a}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`${a}.lead`)}
          </Text>
        </div>
        <Group gap="xs" role="group" aria-label={t(`${a}.weekNavigation`)}>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconChevronLeft size={14} aria-hidden />}
            disabled={monday <= first}
            onClick={() => setMonday(addDays(monday, -7))}
          >
            {t(`${a}.previousWeek`)}
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={monday === current}
            onClick={() => setMonday(current)}
          >
            {t(`${a}.thisWeek`)}
          </Button>
          <Button
            size="xs"
            variant="default"
            rightSection={<IconChevronRight size={14} aria-hidden />}
            disabled={monday >= last}
            onClick={() => setMonday(addDays(monday, 7))}
          >
            {t(`${a}.nextWeek`)}
          </Button>
          <Text size="sm" fw={600} aria-live="polite">
            {t(`${a}.weekOf`, { from: dayLabel(monday, t), to: dayLabel(sunday, t) })}
          </Text>
        </Group>
        {attendance.isPending ? <LoadingState /> : null}
        {attendance.isError ? (
          <ErrorState error={attendance.error} onRetry={() => void attendance.refetch()} />
        ) : null}
        {attendance.data ? (
          <>
            <WeekEditor
              key={monday}
              placementBase={placementBase}
              placement={placement}
              monday={monday}
              today={today}
              data={attendance.data}
              onReload={() => void attendance.refetch()}
            />
            <AttendanceRates data={attendance.data} monday={monday} />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

type Notice = "saved" | "nothingChanged" | "keepMineDone" | "fixErrors";

function WeekEditor({
  placementBase,
  placement,
  monday,
  today,
  data,
  onReload,
}: {
  placementBase: string;
  placement: WeekGridPlacement;
  monday: string;
  today: string;
  data: PlacementAttendance;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const a = "support.attendance" as const;
  const days = weekOf(monday);
  const sunday = days[6] ?? monday;
  const formKey = "support.attendance";
  const recordKey = `${placementBase}|${monday}`;
  const local = useLocalEdits(formKey, recordKey);
  const { edits, setEdits } = local;
  const save = useSaveAttendance(placementBase, monday, sunday);
  const [errors, setErrors] = useState<Record<string, EntryErrors | undefined>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const saved: Record<string, AttendanceDay> = Object.fromEntries(data.days.map((day) => [day.day, day]));
  const changed = changedEntries(edits, saved);
  useKeepLocalEdits(local.userId, formKey, recordKey, edits, changed.length > 0);
  const hoursOfSchedule = scheduledHours(placement.hoursFrom, placement.hoursTo);
  const conflicts = conflictsOfError(save.error) ?? [];
  const conflictDays = new Set(conflicts.map((conflict) => conflict.day));

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const rowOf = (day: string) => {
    const inPeriod = day >= placement.startOn && day <= placement.endOn;
    const scheduled = inPeriod && placement.workDays.includes(weekdayOf(day));
    return { inPeriod, scheduled, future: day > today, disabled: !inPeriod || day > today };
  };

  function change(day: string, entry: Edits[string]) {
    setNotice(null);
    setEdits((now) => ({ ...now, [day]: entry }));
    setErrors((now) => ({ ...now, [day]: undefined }));
  }

  function fillScheduled() {
    setNotice(null);
    setEdits((now) => {
      const next = { ...now };
      for (const day of days) {
        const row = rowOf(day);
        if (!row.scheduled || row.disabled || saved[day] || next[day]?.status) continue;
        next[day] = withStatus(next[day] ?? emptyEntry, "present", hoursOfSchedule);
      }
      return next;
    });
  }

  async function submit(event?: { preventDefault(): void }) {
    event?.preventDefault();
    save.reset();
    setNotice(null);
    if (changed.length === 0) {
      setNotice("nothingChanged");
      return;
    }
    const problems = entryProblems(changed, "day");
    if (Object.keys(problems).length > 0) {
      setErrors(
        Object.fromEntries(Object.entries(problems).map(([day, issues]) => [day, errorsOf(issues, t)])),
      );
      setNotice("fixErrors");
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync({ days: changed.map(({ key, input }) => ({ day: key, ...input })) });
      setEdits({});
      setNotice("saved");
    } catch (error) {
      const byIndex = fieldErrorsByIndex(error);
      if (byIndex.size > 0) {
        setErrors(
          Object.fromEntries(
            [...byIndex].map(([index, fields]) => [
              changed[index]?.key ?? "",
              Object.fromEntries(fields.map(({ field, message }) => [field, message])),
            ]),
          ),
        );
        setAttempt((count) => count + 1);
      }
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void submit(event);
  }

  return (
    <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <Stack gap="sm">
        {local.restoredAt ? (
          <RestoredNotice
            at={local.restoredAt}
            onDiscard={() => {
              setEdits({});
              local.clearRestoredNotice();
            }}
          />
        ) : null}
        <Text size="xs" c="dimmed" id="attendance-keyboard-hint">
          {t(`${a}.keyboardHint`)} {t(`${a}.hoursHelp`)}
        </Text>
        <ScrollTable
          minWidth={760}
          label={t(`${a}.tableCaption`, { from: dayLabel(monday, t), to: dayLabel(sunday, t) })}
        >
          <Table verticalSpacing={4} aria-describedby="attendance-keyboard-hint">
            <Table.Caption>
              {t(`${a}.tableCaption`, { from: dayLabel(monday, t), to: dayLabel(sunday, t) })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`${a}.columns.day`)}</Table.Th>
                <Table.Th scope="col">{t(`${a}.columns.status`)}</Table.Th>
                <Table.Th scope="col">{t(`${a}.columns.hours`)}</Table.Th>
                <Table.Th scope="col">{t(`${a}.columns.absenceReason`)}</Table.Th>
                <Table.Th scope="col">{t(`${a}.columns.note`)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.map((day) => {
                const row = rowOf(day);
                const label = dayLabel(day, t);
                const savedDay = saved[day];
                return (
                  <Table.Tr
                    key={day}
                    data-testid={`attendance-row-${day}`}
                    bg={row.scheduled ? undefined : "var(--mantine-color-gray-1)"}
                  >
                    <Table.Th scope="row" fw={row.scheduled ? 700 : 400}>
                      <Text size="sm" fw="inherit">
                        {label}
                      </Text>
                      <Group gap={4}>
                        <Badge size="xs" variant={row.scheduled ? "light" : "outline"} color="gray">
                          {!row.inPeriod
                            ? t(`${a}.outsidePeriod`)
                            : row.scheduled
                              ? t(`${a}.scheduled`)
                              : t(`${a}.unscheduled`)}
                        </Badge>
                        {row.future && row.inPeriod ? (
                          <Badge size="xs" variant="outline" color="gray">
                            {t(`${a}.future`)}
                          </Badge>
                        ) : null}
                        {conflictDays.has(day) ? (
                          <Badge size="xs" color="orange">
                            {t(`${a}.conflictBadge`)}
                          </Badge>
                        ) : null}
                      </Group>
                      {savedDay ? (
                        <Text size="xs" c="dimmed">
                          {savedDay.recordedVia === "partner"
                            ? t(`${a}.recordedByPartner`)
                            : savedDay.recordedByName
                              ? t(`${a}.recordedBy`, { name: savedDay.recordedByName })
                              : null}
                        </Text>
                      ) : null}
                    </Table.Th>
                    <AttendanceEntryCells
                      entry={edits[day] ?? entryOf(savedDay)}
                      onChange={(entry) => change(day, entry)}
                      rowLabel={label}
                      hoursOfSchedule={row.scheduled ? hoursOfSchedule : null}
                      disabled={row.disabled}
                      errors={errors[day]}
                    />
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        <AttendanceSaveError
          error={save.error}
          rowLabelOf={(conflict) => dayLabel(conflict.day, t)}
          onTakeTheirs={() => {
            const keys = [...conflictDays];
            setEdits((now) => takeTheirs(now, keys));
            save.reset();
            onReload();
          }}
          onKeepMine={() => {
            setEdits((now) =>
              keepMine(
                now,
                conflicts.map((conflict) => ({ key: conflict.day, current: conflict.current })),
              ),
            );
            save.reset();
            setNotice("keepMineDone");
            onReload();
          }}
        />
        {notice ? (
          <Text size="sm" role="status" fw={notice === "fixErrors" ? 700 : undefined}>
            {t(`${a}.${notice}`)}
          </Text>
        ) : null}
        <Group gap="sm">
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          >
            {t(`${a}.save`)}
          </Button>
          <Button variant="default" onClick={fillScheduled} title={t(`${a}.fillScheduledHelp`)}>
            {t(`${a}.fillScheduled`)}
          </Button>
          {changed.length > 0 ? (
            <>
              <Text size="sm" fw={600}>
                {t(`${a}.changedCount`, { count: changed.length })}
              </Text>
              <Button variant="subtle" size="xs" onClick={() => setEdits({})}>
                {t(`${a}.discardChanges`)}
              </Button>
            </>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
