import type { Permission } from "@otagai/shared/platform/permissions";
import type { TodayItem } from "@otagai/shared/today/schemas";
import type { AccessScope } from "../access/access-scope.ts";
import type { Database } from "../db/client.ts";

/** What a provider is told besides the database and the caller's scope. */
export type TodayContext = {
  /** Today in Japan, "YYYY-MM-DD". */
  todayInJapan: string;
  /** The most items of each kind the list shows; a provider returns at most one more (so "more" is known). */
  limitPerKind: number;
};

/** An item as a provider gives it: the record it names, for the audit trail (a person's record). */
export type ProvidedTodayItem = TodayItem & { record?: { entity: string; id: string } };

/**
 * One area's contribution to the "today" list (issue 10): registered in
 * modules/today-providers.ts, so the dashboard knows no area. Its queries apply the area's record
 * policies (only what the caller may see), and order each kind as it should be shown (the
 * caller's own first, then by date).
 */
export type TodayProvider = {
  key: string;
  /** Who is asked: a role without it never runs this provider. */
  permission: Permission;
  /** Its kinds, in the order the list shows their groups; each has its strings (dashboard.today.kinds). */
  kinds: readonly string[];
  load(db: Database, scope: AccessScope, context: TodayContext): Promise<ProvidedTodayItem[]>;
};

export function defineTodayProvider(provider: TodayProvider): TodayProvider {
  return provider;
}
