import { addDays } from "@otagai/shared/japanese/calendar-date";
import { dueSeverity } from "@otagai/shared/today/schemas";
import { defineTodayProvider } from "../../../platform/today/today-provider.ts";
import { findDueFollowUps } from "./outcomes.repository.ts";

export const outcomeTodayKinds = {
  followUpDue: "support.followUpDue",
} as const;

/** How far ahead a follow-up's due date puts it on the list. */
export const followUpDaysAhead = 7;

/**
 * Retention follow-ups (定着支援) not done, due within `followUpDaysAhead` days or overdue, of cases
 * the caller reaches (the case policy), closed cases included: the follow-up comes after the
 * support ends. The caller's own cases first, then the earliest due.
 */
export const outcomesTodayProvider = defineTodayProvider({
  key: "support.outcomes",
  permission: "cases.read",
  kinds: [outcomeTodayKinds.followUpDue],
  async load(db, scope, context) {
    const today = context.todayInJapan;
    const rows = await findDueFollowUps(db, scope, {
      until: addDays(today, followUpDaysAhead),
      limit: context.limitPerKind + 1,
    });
    return rows.map((row) => ({
      kind: outcomeTodayKinds.followUpDue,
      params: {
        name: `${row.familyName} ${row.givenName}`.trim(),
        program: row.programName,
        months: String(row.offsetMonths),
      },
      dueOn: row.dueOn,
      link: `/support/cases/${row.caseId}`,
      severity: dueSeverity(row.dueOn, today),
      mine: row.mine,
      record: { entity: "case", id: row.caseId },
    }));
  },
});
