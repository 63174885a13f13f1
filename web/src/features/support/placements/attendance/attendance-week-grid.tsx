import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { addDays } from "@otagai/shared/japanese/calendar-date";
import type { AttendanceDay, PlacementAttendance } from "@otagai/shared/support/attendance";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { ScrollTable } from "../../../../components/scroll-table";
import { todayInJapan } from "../../cases/components/dates";
import { useAttendance, useSaveAttendance } from "./attendance-api";
import {
  emptyEntry,
  entryOf,
  mondayOf,
  scheduledHours,
  weekdayOf,
  weekOf,
  withStatus,
} from "./attendance-edits";
import { AttendanceEntryCells, AttendanceEntryHeads } from "./attendance-entry-cells";
import { AttendanceEntryForm, AttendanceSaveBar, dayLabel } from "./attendance-parts";
import { AttendanceRates } from "./attendance-rates";
import { useAttendanceEntry } from "./use-attendance-entry";

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
  const saved: Record<string, AttendanceDay> = Object.fromEntries(data.days.map((day) => [day.day, day]));
  const entry = useAttendanceEntry({
    formKey: "support.attendance",
    recordKey: `${placementBase}|${monday}`,
    kind: "day",
    saved,
    save: useSaveAttendance(placementBase, monday, sunday),
    requestOf: (changed) => ({ days: changed.map(({ key, input }) => ({ day: key, ...input })) }),
    onReload,
  });
  const { edits, errors } = entry;
  const hoursOfSchedule = scheduledHours(placement.hoursFrom, placement.hoursTo);

  const rowOf = (day: string) => {
    const inPeriod = day >= placement.startOn && day <= placement.endOn;
    const scheduled = inPeriod && placement.workDays.includes(weekdayOf(day));
    return { inPeriod, scheduled, future: day > today, disabled: !inPeriod || day > today };
  };

  function fillScheduled() {
    entry.fill((now) => {
      const next = { ...now };
      for (const day of days) {
        const row = rowOf(day);
        if (!row.scheduled || row.disabled || saved[day] || next[day]?.status) continue;
        next[day] = withStatus(next[day] ?? emptyEntry, "present", hoursOfSchedule);
      }
      return next;
    });
  }

  return (
    <AttendanceEntryForm entry={entry} hintId="attendance-keyboard-hint">
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
              <AttendanceEntryHeads />
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
                      {entry.conflictKeys.has(day) ? (
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
                    onChange={(next) => entry.change(day, next)}
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
      <AttendanceSaveBar
        entry={entry}
        rowLabelOf={(day) => dayLabel(day, t)}
        fill={
          <Button variant="default" onClick={fillScheduled} title={t(`${a}.fillScheduledHelp`)}>
            {t(`${a}.fillScheduled`)}
          </Button>
        }
      />
    </AttendanceEntryForm>
  );
}
