import { Badge, SegmentedControl, Table, TextInput } from "@mantine/core";
import { attendanceStatuses } from "@otagai/shared/support/attendance";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { type Entry, type StatusChoice, withStatus } from "./attendance-edits";

/** Messages under one row's inputs, by field (status, hours, absenceReason, note). */
export type EntryErrors = Partial<Record<"status" | "hours" | "absenceReason" | "note", string>>;

const choices: readonly StatusChoice[] = ["", ...attendanceStatuses];
/** Number keys on the status: 1 present, 2 late, 3 left early, 4 absent, 0 not recorded. */
const byKey: Record<string, StatusChoice> = {
  "0": "",
  "1": "present",
  "2": "late",
  "3": "left_early",
  "4": "absent",
};

/**
 * The cells of one day (week grid) or one trainee (day sheet): status as a radio group, hours,
 * the reason (only for an absence) and a note. Every input is named after its row for screen
 * readers; an error is text under the input, not only a colour.
 */
export function AttendanceEntryCells({
  entry,
  onChange,
  rowLabel,
  hoursOfSchedule,
  disabled,
  errors,
}: {
  entry: Entry;
  onChange: (entry: Entry) => void;
  /** "6月2日（月）" or the trainee's name: what each input's label names. */
  rowLabel: string;
  /** The schedule's hours, brought in when a scheduled day is marked present; null when unscheduled. */
  hoursOfSchedule: number | null;
  disabled: boolean;
  errors?: EntryErrors;
}) {
  const { t } = useTranslation();
  const a = "support.attendance" as const;
  const choose = (status: StatusChoice) => onChange(withStatus(entry, status, hoursOfSchedule));
  const onStatusKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const status = byKey[event.key];
    if (status === undefined || disabled || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    choose(status);
  };
  return (
    <>
      <Table.Td>
        <SegmentedControl
          size="xs"
          aria-label={t(`${a}.inputLabels.status`, { row: rowLabel })}
          value={entry.status}
          onChange={(value) => choose(value as StatusChoice)}
          onKeyDown={onStatusKey}
          disabled={disabled}
          data={choices.map((status) => ({
            value: status,
            label: status === "" ? t(`${a}.statusNone`) : t(`${a}.statuses.${status}`),
          }))}
          aria-invalid={errors?.status ? true : undefined}
        />
        {errors?.status ? (
          <Badge color="red" variant="light" mt={4} display="block">
            {errors.status}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          w={80}
          inputMode="decimal"
          aria-label={t(`${a}.inputLabels.hours`, { row: rowLabel })}
          value={entry.hours}
          onChange={(event) => onChange({ ...entry, hours: event.currentTarget.value })}
          disabled={disabled || entry.status === "absent" || entry.status === ""}
          error={errors?.hours}
        />
      </Table.Td>
      <Table.Td>
        {entry.status === "absent" ? (
          <TextInput
            size="xs"
            miw={140}
            required
            aria-label={t(`${a}.inputLabels.absenceReason`, { row: rowLabel })}
            value={entry.absenceReason}
            onChange={(event) => onChange({ ...entry, absenceReason: event.currentTarget.value })}
            disabled={disabled}
            error={errors?.absenceReason}
            maxLength={500}
          />
        ) : null}
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          miw={140}
          aria-label={t(`${a}.inputLabels.note`, { row: rowLabel })}
          value={entry.note}
          onChange={(event) => onChange({ ...entry, note: event.currentTarget.value })}
          disabled={disabled || entry.status === ""}
          error={errors?.note}
          maxLength={500}
        />
      </Table.Td>
    </>
  );
}

/** The heads of the four columns AttendanceEntryCells fills: status, hours, reason, note. */
export function AttendanceEntryHeads() {
  const { t } = useTranslation();
  const a = "support.attendance" as const;
  return (
    <>
      <Table.Th scope="col">{t(`${a}.columns.status`)}</Table.Th>
      <Table.Th scope="col">{t(`${a}.columns.hours`)}</Table.Th>
      <Table.Th scope="col">{t(`${a}.columns.absenceReason`)}</Table.Th>
      <Table.Th scope="col">{t(`${a}.columns.note`)}</Table.Th>
    </>
  );
}
