import { defineTodayProvider } from "../../../platform/today/today-provider.ts";
import { findWindowEvents } from "./startup-resources.repository.ts";

export const startupTodayKinds = {
  windowOpens: "startupGrant.windowOpens",
  windowCloses: "startupGrant.windowCloses",
} as const;

/** How far ahead a grant's window opening or closing shows: 30 days, today included. */
export const grantWindowAheadDays = 30;

/**
 * Grants whose application window opens or closes within 30 days (Japan's today to today + 30),
 * so the desk can tell the people starting a business in time. The directory names nobody.
 */
export const startupTodayProvider = defineTodayProvider({
  key: "consultation.startupGrants",
  permission: "consultations.write",
  kinds: [startupTodayKinds.windowCloses, startupTodayKinds.windowOpens],
  async load(db, _scope, context) {
    const today = context.todayInJapan;
    const rows = await findWindowEvents(db, {
      today,
      aheadDays: grantWindowAheadDays,
      limit: context.limitPerKind + 1,
    });
    return rows.map((row) => ({
      kind: row.event === "opens" ? startupTodayKinds.windowOpens : startupTodayKinds.windowCloses,
      params: { title: row.title, provider: row.provider },
      dueOn: row.on,
      link: `/consultation/startup/${row.id}`,
      severity: row.on === today ? "due" : "upcoming",
      mine: false,
    }));
  },
});
