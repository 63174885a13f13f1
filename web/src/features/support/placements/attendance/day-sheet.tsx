import { Badge, Button, Stack, Table, Text } from "@mantine/core";
import type { AttendanceDay, DaySheet as DaySheetAnswer } from "@otagai/shared/support/attendance";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { ScrollTable } from "../../../../components/scroll-table";
import { todayInJapan } from "../../cases/components/dates";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { useDaySheet, useSaveDaySheet } from "./attendance-api";
import { emptyEntry, entryOf, scheduledHours, withStatus } from "./attendance-edits";
import { AttendanceEntryCells, AttendanceEntryHeads } from "./attendance-entry-cells";
import { AttendanceEntryForm, AttendanceSaveBar } from "./attendance-parts";
import { useAttendanceEntry } from "./use-attendance-entry";

/**
 * 日ごとの出欠: everyone placed at one workplace on one day (a date picker, today first), a row per
 * trainee with the schedule's hours; "全員出席" fills the scheduled rows with nothing recorded;
 * one save. Staff ("/api/workplaces/<id>/day-sheet") and the partner portal ("/api/portal/day-sheet").
 */
export function DaySheet({ daySheetBase }: { daySheetBase: string }) {
  const { t } = useTranslation();
  const d = "support.daySheet" as const;
  const today = todayInJapan();
  const [date, setDate] = useState(today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const sheet = useDaySheet(daySheetBase, valid ? date : "");
  return (
    <Stack gap="md">
      <WarekiDateInput
        label={t(`${d}.date`)}
        value={date}
        max={today}
        maw={260}
        onChange={(event) => setDate(event.currentTarget.value)}
      />
      {sheet.isPending && valid ? <LoadingState /> : null}
      {sheet.isError ? <ErrorState error={sheet.error} onRetry={() => void sheet.refetch()} /> : null}
      {sheet.data && valid ? (
        <SheetEditor
          key={date}
          daySheetBase={daySheetBase}
          date={date}
          today={today}
          data={sheet.data}
          onReload={() => void sheet.refetch()}
        />
      ) : null}
    </Stack>
  );
}

function SheetEditor({
  daySheetBase,
  date,
  today,
  data,
  onReload,
}: {
  daySheetBase: string;
  date: string;
  today: string;
  data: DaySheetAnswer;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const a = "support.attendance" as const;
  const d = "support.daySheet" as const;
  const future = date > today;
  const saved: Record<string, AttendanceDay | null> = Object.fromEntries(
    data.rows.map((row) => [row.placementId, row.attendance]),
  );
  const entry = useAttendanceEntry({
    formKey: "support.day-sheet",
    recordKey: `${daySheetBase}|${date}`,
    kind: "placement",
    saved,
    save: useSaveDaySheet(daySheetBase, date),
    requestOf: (changed) => ({
      date,
      rows: changed.map(({ key, input }) => ({ placementId: key, ...input })),
    }),
    onReload,
  });
  const { edits, errors } = entry;
  const nameOf = (placementId: string) =>
    data.rows.find((row) => row.placementId === placementId)?.participantName ?? placementId;

  function allPresent() {
    entry.fill((now) => {
      const next = { ...now };
      for (const row of data.rows) {
        if (!row.scheduled || row.attendance || next[row.placementId]?.status) continue;
        next[row.placementId] = withStatus(
          next[row.placementId] ?? emptyEntry,
          "present",
          scheduledHours(row.hoursFrom, row.hoursTo),
        );
      }
      return next;
    });
  }

  if (data.rows.length === 0) return <Text size="sm">{t(`${d}.none`)}</Text>;

  return (
    <AttendanceEntryForm entry={entry} hintId="day-sheet-keyboard-hint">
      <ScrollTable minWidth={820} label={t(`${d}.tableCaption`, { date })}>
        <Table verticalSpacing={4} aria-describedby="day-sheet-keyboard-hint">
          <Table.Caption>{t(`${d}.tableCaption`, { date })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${a}.columns.participant`)}</Table.Th>
              <Table.Th scope="col">{t(`${a}.columns.schedule`)}</Table.Th>
              <AttendanceEntryHeads />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((row) => (
              <Table.Tr
                key={row.placementId}
                data-testid={`day-sheet-row-${row.placementId}`}
                bg={row.scheduled ? undefined : "var(--mantine-color-gray-1)"}
              >
                <Table.Th scope="row">
                  <Text size="sm" fw={700}>
                    {row.participantName}
                  </Text>
                  {entry.conflictKeys.has(row.placementId) ? (
                    <Badge size="xs" color="orange">
                      {t(`${a}.conflictBadge`)}
                    </Badge>
                  ) : null}
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{t(`${d}.scheduleHours`, { from: row.hoursFrom, to: row.hoursTo })}</Text>
                  {row.scheduled ? null : (
                    <Badge size="xs" variant="outline" color="gray">
                      {t(`${d}.notScheduledToday`)}
                    </Badge>
                  )}
                </Table.Td>
                <AttendanceEntryCells
                  entry={edits[row.placementId] ?? entryOf(row.attendance)}
                  onChange={(next) => entry.change(row.placementId, next)}
                  rowLabel={row.participantName}
                  hoursOfSchedule={row.scheduled ? scheduledHours(row.hoursFrom, row.hoursTo) : null}
                  disabled={future}
                  errors={errors[row.placementId]}
                />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <AttendanceSaveBar
        entry={entry}
        rowLabelOf={nameOf}
        disabled={future}
        fill={
          <Button variant="default" onClick={allPresent} disabled={future} title={t(`${d}.allPresentHelp`)}>
            {t(`${d}.allPresent`)}
          </Button>
        }
      />
    </AttendanceEntryForm>
  );
}
