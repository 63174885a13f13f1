import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import type { AttendanceDay, DaySheet as DaySheetAnswer } from "@otagai/shared/support/attendance";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, LoadingState } from "../../../../components/query-state";
import { ScrollTable } from "../../../../components/scroll-table";
import { todayInJapan } from "../../cases/components/dates";
import { WarekiDateInput } from "../../components/wareki-date-input";
import { conflictsOfError, fieldErrorsByIndex, useDaySheet, useSaveDaySheet } from "./attendance-api";
import {
  changedEntries,
  type Edits,
  emptyEntry,
  entryOf,
  entryProblems,
  keepMine,
  scheduledHours,
  takeTheirs,
  withStatus,
} from "./attendance-edits";
import { AttendanceEntryCells, type EntryErrors } from "./attendance-entry-cells";
import { AttendanceSaveError, errorsOf, RestoredNotice } from "./attendance-parts";
import { useKeepLocalEdits, useLocalEdits } from "./use-local-edits";

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

type Notice = "saved" | "nothingChanged" | "keepMineDone" | "fixErrors";

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
  const formKey = "support.day-sheet";
  const recordKey = `${daySheetBase}|${date}`;
  const local = useLocalEdits(formKey, recordKey);
  const { edits, setEdits } = local;
  const save = useSaveDaySheet(daySheetBase, date);
  const [errors, setErrors] = useState<Record<string, EntryErrors | undefined>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const future = date > today;

  const saved: Record<string, AttendanceDay | null> = Object.fromEntries(
    data.rows.map((row) => [row.placementId, row.attendance]),
  );
  const changed = changedEntries(edits, saved);
  useKeepLocalEdits(local.userId, formKey, recordKey, edits, changed.length > 0);
  const conflicts = conflictsOfError(save.error) ?? [];
  const conflictRows = new Set(conflicts.map((conflict) => conflict.placementId));
  const nameOf = (placementId: string) =>
    data.rows.find((row) => row.placementId === placementId)?.participantName ?? placementId;

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  function change(placementId: string, entry: Edits[string]) {
    setNotice(null);
    setEdits((now) => ({ ...now, [placementId]: entry }));
    setErrors((now) => ({ ...now, [placementId]: undefined }));
  }

  function allPresent() {
    setNotice(null);
    setEdits((now) => {
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

  async function submit(event?: { preventDefault(): void }) {
    event?.preventDefault();
    save.reset();
    setNotice(null);
    if (changed.length === 0) {
      setNotice("nothingChanged");
      return;
    }
    const problems = entryProblems(changed, "placement");
    if (Object.keys(problems).length > 0) {
      setErrors(
        Object.fromEntries(Object.entries(problems).map(([key, issues]) => [key, errorsOf(issues, t)])),
      );
      setNotice("fixErrors");
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    try {
      await save.mutateAsync({
        date,
        rows: changed.map(({ key, input }) => ({ placementId: key, ...input })),
      });
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

  if (data.rows.length === 0) return <Text size="sm">{t(`${d}.none`)}</Text>;

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
        <Text size="xs" c="dimmed" id="day-sheet-keyboard-hint">
          {t(`${a}.keyboardHint`)} {t(`${a}.hoursHelp`)}
        </Text>
        <ScrollTable minWidth={820} label={t(`${d}.tableCaption`, { date })}>
          <Table verticalSpacing={4} aria-describedby="day-sheet-keyboard-hint">
            <Table.Caption>{t(`${d}.tableCaption`, { date })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`${a}.columns.participant`)}</Table.Th>
                <Table.Th scope="col">{t(`${a}.columns.schedule`)}</Table.Th>
                <Table.Th scope="col">{t(`${a}.columns.status`)}</Table.Th>
                <Table.Th scope="col">{t(`${a}.columns.hours`)}</Table.Th>
                <Table.Th scope="col">{t(`${a}.columns.absenceReason`)}</Table.Th>
                <Table.Th scope="col">{t(`${a}.columns.note`)}</Table.Th>
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
                    {conflictRows.has(row.placementId) ? (
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
                    onChange={(entry) => change(row.placementId, entry)}
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
        <AttendanceSaveError
          error={save.error}
          rowLabelOf={(conflict) => nameOf(conflict.placementId)}
          onTakeTheirs={() => {
            setEdits((now) => takeTheirs(now, [...conflictRows]));
            save.reset();
            onReload();
          }}
          onKeepMine={() => {
            setEdits((now) =>
              keepMine(
                now,
                conflicts.map((conflict) => ({ key: conflict.placementId, current: conflict.current })),
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
            disabled={future}
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          >
            {t(`${a}.save`)}
          </Button>
          <Button variant="default" onClick={allPresent} disabled={future} title={t(`${d}.allPresentHelp`)}>
            {t(`${d}.allPresent`)}
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
