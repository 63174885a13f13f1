import { defineTodayProvider } from "../../../platform/today/today-provider.ts";
import { findTermsEnding } from "./officers.repository.ts";
import { officerEntity } from "./officers.service.ts";

export const officersTodayKinds = { termEnding: "officer_term_ending" } as const;

/** How far ahead a term's end shows: 90 days, today included (time to elect or reappoint). */
export const termEndingAheadDays = 90;

/** Officers' terms ending within 90 days (Japan's today to today + 90), soonest first, to the office. */
export const officersTodayProvider = defineTodayProvider({
  key: "network.officers",
  permission: "officers.write",
  kinds: [officersTodayKinds.termEnding],
  async load(db, _scope, context) {
    const today = context.todayInJapan;
    const rows = await findTermsEnding(db, {
      today,
      aheadDays: termEndingAheadDays,
      limit: context.limitPerKind + 1,
    });
    return rows.map((row) => ({
      kind: officersTodayKinds.termEnding,
      params: { name: row.name, role: row.role, endsOn: row.termEndsOn },
      dueOn: row.termEndsOn,
      link: `/network/officers/${row.id}`,
      severity: row.termEndsOn === today ? "due" : "upcoming",
      mine: false,
      record: { entity: officerEntity, id: row.id },
    }));
  },
});
