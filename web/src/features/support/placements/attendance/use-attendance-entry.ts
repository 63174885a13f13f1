import type { AttendanceDay } from "@otagai/shared/support/attendance";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { conflictsOfError, fieldErrorsByIndex } from "./attendance-api";
import {
  changedEntries,
  type Edits,
  type EntryInput,
  entryProblems,
  keepMine,
  takeTheirs,
} from "./attendance-edits";
import type { EntryErrors } from "./attendance-entry-cells";
import { errorsOf } from "./attendance-parts";
import { useKeepLocalEdits, useLocalEdits } from "./use-local-edits";

export type AttendanceNotice = "saved" | "nothingChanged" | "keepMineDone" | "fixErrors";

/** The save mutation (useSaveAttendance or useSaveDaySheet), as far as the entry uses it. */
type SaveMutation<Request> = {
  error: unknown;
  isPending: boolean;
  reset: () => void;
  mutateAsync: (request: Request) => Promise<unknown>;
};

export type AttendanceEntry = ReturnType<typeof useAttendanceEntry>;

/**
 * The typing of the week grid and the day sheet alike: the edits (kept in this browser through
 * use-local-edits.ts), the changed rows, the messages under inputs (checked here first, then the
 * server's 400), the conflicts of a 409 with their two ways on (take theirs, keep mine), the
 * notice, and the focus on the first invalid input after a failed try. A row is keyed by its day
 * (`kind` "day", the week grid) or its placement (`kind` "placement", the day sheet).
 */
export function useAttendanceEntry<Request>({
  formKey,
  recordKey,
  kind,
  saved,
  save,
  requestOf,
  onReload,
}: {
  /** The local draft's form and record (app/drafts/local-drafts.ts). */
  formKey: string;
  recordKey: string;
  kind: "day" | "placement";
  /** What the server holds, by row key. */
  saved: Record<string, AttendanceDay | null | undefined>;
  save: SaveMutation<Request>;
  /** The request body for the changed rows, in order (a 400 names a row by its index). */
  requestOf: (changed: { key: string; input: EntryInput }[]) => Request;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const local = useLocalEdits(formKey, recordKey);
  const { edits, setEdits } = local;
  const [errors, setErrors] = useState<Record<string, EntryErrors | undefined>>({});
  const [notice, setNotice] = useState<AttendanceNotice | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const changed = changedEntries(edits, saved);
  useKeepLocalEdits(local.userId, formKey, recordKey, edits, changed.length > 0);
  const keyOf = (conflict: { placementId: string; day: string }) =>
    kind === "day" ? conflict.day : conflict.placementId;
  const conflicts = conflictsOfError(save.error) ?? [];
  const conflictKeys = new Set(conflicts.map(keyOf));

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  function change(key: string, entry: Edits[string]) {
    setNotice(null);
    setEdits((now) => ({ ...now, [key]: entry }));
    setErrors((now) => ({ ...now, [key]: undefined }));
  }

  /** Fills rows in one go ("予定どおり出席", "全員出席"). */
  function fill(next: (now: Edits) => Edits) {
    setNotice(null);
    setEdits(next);
  }

  async function submit(event?: { preventDefault(): void }) {
    event?.preventDefault();
    save.reset();
    setNotice(null);
    if (changed.length === 0) {
      setNotice("nothingChanged");
      return;
    }
    const problems = entryProblems(changed, kind);
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
      await save.mutateAsync(requestOf(changed));
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

  return {
    edits,
    errors,
    notice,
    changed,
    conflictKeys,
    keyOf,
    formRef,
    saveError: save.error,
    saving: save.isPending,
    restoredAt: local.restoredAt,
    change,
    fill,
    submit,
    onKeyDown,
    discard: () => setEdits({}),
    discardRestored: () => {
      setEdits({});
      local.clearRestoredNotice();
    },
    takeTheirs: () => {
      const keys = [...conflictKeys];
      setEdits((now) => takeTheirs(now, keys));
      save.reset();
      onReload();
    },
    keepMine: () => {
      setEdits((now) =>
        keepMine(
          now,
          conflicts.map((conflict) => ({ key: keyOf(conflict), current: conflict.current })),
        ),
      );
      save.reset();
      setNotice("keepMineDone");
      onReload();
    },
  };
}
