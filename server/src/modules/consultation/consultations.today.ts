import { dueSeverity } from "@otagai/shared/today/schemas";
import { defineTodayProvider } from "../../platform/today/today-provider.ts";
import { findNextActionsDue } from "./consultations.repository.ts";

export const consultationTodayKinds = {
  nextActionDue: "consultation.nextActionDue",
} as const;

/** How far ahead a next action shows: the week to come. */
export const nextActionAheadDays = 7;

/**
 * Consultations not closed whose next action (折り返しの電話, 資料の送付…) is due within the week or
 * past, the consultations the user reaches; the user's own (as the consultant) first and marked mine.
 */
export const consultationsTodayProvider = defineTodayProvider({
  key: "consultation.consultations",
  // The desk's own work: those who record consultations, not coordinators reading a history.
  permission: "consultations.write",
  kinds: [consultationTodayKinds.nextActionDue],
  async load(db, scope, context) {
    const today = context.todayInJapan;
    const rows = await findNextActionsDue(db, scope, {
      today,
      aheadDays: nextActionAheadDays,
      userId: scope.userId,
      limit: context.limitPerKind + 1,
    });
    return rows.map((row) => ({
      kind: consultationTodayKinds.nextActionDue,
      params: { action: row.nextAction, category: row.categoryName },
      dueOn: row.nextActionOn,
      link: `/consultation/consultations/${row.id}`,
      severity: dueSeverity(row.nextActionOn, today),
      mine: row.consultantId === scope.userId,
      record: { entity: "consultation", id: row.id },
    }));
  },
});
