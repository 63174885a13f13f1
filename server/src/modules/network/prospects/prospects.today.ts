import { prospectNextStepAheadDays } from "@otagai/shared/network/prospects";
import { defineTodayProvider } from "../../../platform/today/today-provider.ts";
import { addDays } from "../../support/placements/placement-calendar.ts";
import { findNextSteps } from "./prospects.repository.ts";

export const prospectTodayKind = "prospect_next_step";

/**
 * The caller's own prospects whose open next step (the latest contact's) is due within 7 days or
 * overdue, the oldest first: the owner's reminder to call back, visit, send the papers.
 */
export const prospectsTodayProvider = defineTodayProvider({
  key: "network.prospectNextSteps",
  permission: "prospects.write",
  kinds: [prospectTodayKind],
  async load(db, scope, context) {
    const today = context.todayInJapan;
    const rows = await findNextSteps(db, {
      until: addDays(today, prospectNextStepAheadDays),
      mineFirst: null,
      ownerId: scope.userId,
      limit: context.limitPerKind + 1,
    });
    return rows.map((row) => ({
      kind: prospectTodayKind,
      params: { name: row.name, step: row.step },
      dueOn: row.on,
      link: `/network/prospects/${row.prospectId}`,
      severity: row.on < today ? "overdue" : row.on === today ? "due" : "upcoming",
      mine: true,
    }));
  },
});
