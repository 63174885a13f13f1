import type {
  ClosedDay,
  ConsultationSchedule,
  closedDayInputSchema,
  consultationScheduleInputSchema,
  updateConsultationScheduleInputSchema,
} from "@otagai/shared/consultation/appointments";
import type { z } from "zod";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError, type FieldProblem } from "../../../platform/http/app-error.ts";
import { findUserStatus, getCategory } from "../consultations.repository.ts";
import { presentSchedule } from "./appointments.presenter.ts";
import * as repository from "./appointments.repository.ts";
import { datesBetween, isYearEndClosure, parseRecurrence } from "./consultation-days.ts";

type ScheduleInput = z.output<typeof consultationScheduleInputSchema>;
type UpdateSchedule = z.output<typeof updateConsultationScheduleInputSchema>;
type ClosedDayInput = z.output<typeof closedDayInputSchema>;

export const scheduleEntity = "consultation_schedule";
export const closedDayEntity = "consultation_closed_day";

export async function findSchedules(db: Database): Promise<{ items: ConsultationSchedule[] }> {
  return { items: (await repository.findSchedules(db)).map(presentSchedule) };
}

/** What the schemas cannot check: an RRULE rrule accepts, an active internal consultant, an active category. */
async function scheduleValues(
  db: Database,
  input: ScheduleInput,
  path: string,
  current?: repository.ScheduleRow,
): Promise<repository.ScheduleValues> {
  const problems: FieldProblem[] = [];
  const recurrence = input.recurrence.replace(/^RRULE:/i, "");
  if (!parseRecurrence(recurrence))
    problems.push({ path: `${path}.recurrence`, code: "invalid", messageKey: "invalidRecurrence" });
  if (input.consultantId !== null && input.consultantId !== current?.consultantId) {
    const consultant = await findUserStatus(db, input.consultantId);
    if (consultant?.status !== "active" || consultant.role === "partner")
      problems.push({ path: `${path}.consultantId`, code: "not_found", messageKey: "invalidOption" });
  }
  if (input.categoryId !== null && input.categoryId !== current?.categoryId) {
    const category = await getCategory(db, input.categoryId);
    if (!category?.active)
      problems.push({ path: `${path}.categoryId`, code: "not_active", messageKey: "categoryNotActive" });
  }
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", problems);
  return { ...input, recurrence };
}

async function requireSchedule(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getSchedule(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export function createSchedule(db: Database, actor: Actor, input: ScheduleInput) {
  return db.transaction(async (tx) => {
    const values = await scheduleValues(tx, input, "body");
    const id = await repository.insertSchedule(tx, values);
    await recordAudit(tx, actor, {
      action: "create",
      entity: scheduleEntity,
      recordId: id,
      changedFields: Object.keys(values),
    });
    return presentSchedule(await requireSchedule(tx, id));
  });
}

const hhmm = (time: string) => time.slice(0, 5);

/** Version-checked (409 when someone saved first); unchanged input makes no new version. */
export function updateSchedule(db: Database, actor: Actor, id: string, input: UpdateSchedule) {
  return db.transaction(async (tx) => {
    const current = await requireSchedule(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const values = await scheduleValues(tx, input.schedule, "body.schedule", current);
    const stored: Record<string, unknown> = {
      ...current,
      dayStartsAt: hhmm(current.dayStartsAt),
      dayEndsAt: hhmm(current.dayEndsAt),
    };
    const changes = Object.fromEntries(
      Object.entries(values).filter(([field, value]) => stored[field] !== value),
    ) as Partial<repository.ScheduleValues>;
    if (Object.keys(changes).length === 0) return presentSchedule(current);
    if (!(await repository.updateSchedule(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: scheduleEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return presentSchedule(await requireSchedule(tx, id));
  });
}

// ── Closed days ────────────────────────────────────────────────────────────────

/** A year's closed days: the office's own and, fixed by rule, 12/29–12/31 and 1/1–1/3 of that year. */
export async function findClosedDays(db: Database, year: number): Promise<{ items: ClosedDay[] }> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const own = await repository.findClosedDays(db, from, to);
  const fixed = datesBetween(from, to)
    .filter(isYearEndClosure)
    .map((date) => ({ date, reason: "", fixed: true }));
  const items = [...fixed, ...own.map((row) => ({ ...row, fixed: false }))].filter(
    (day, index, all) => all.findIndex((other) => other.date === day.date) === index,
  );
  return { items: items.sort((a, b) => a.date.localeCompare(b.date)) };
}

export function addClosedDay(db: Database, actor: Actor & { id: string }, input: ClosedDayInput) {
  return db.transaction(async (tx) => {
    const problem = (messageKey: string): FieldProblem => ({ path: "body.date", code: "taken", messageKey });
    if (isYearEndClosure(input.date)) throw new AppError("VALIDATION_FAILED", [problem("closedDayTaken")]);
    const added = await repository.insertClosedDay(tx, {
      closedOn: input.date,
      reason: input.reason,
      createdBy: actor.id,
    });
    if (!added) throw new AppError("VALIDATION_FAILED", [problem("closedDayTaken")]);
    await recordAudit(tx, actor, {
      action: "create",
      entity: closedDayEntity,
      recordId: null,
      changedFields: ["date", "reason"],
      detail: { date: input.date },
    });
    return { date: input.date, reason: input.reason, fixed: false };
  });
}

export function removeClosedDay(db: Database, actor: Actor, date: string) {
  return db.transaction(async (tx) => {
    if (!(await repository.deleteClosedDay(tx, date))) throw new AppError("NOT_FOUND");
    await recordAudit(tx, actor, {
      action: "delete",
      entity: closedDayEntity,
      recordId: null,
      changedFields: ["date"],
      detail: { date },
    });
  });
}
