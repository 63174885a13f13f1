import type { Role } from "@otagai/shared/platform/permissions";
import { sql } from "drizzle-orm";
import type { PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { advisoryLocks } from "./db/advisory-locks.ts";
import type { Database } from "./db/client.ts";
import { todayInJapan } from "./japan-time.ts";

/** Demo data sets its dates from today in Japan (platform/japan-time.ts). */
export { todayInJapan };

/** The transaction every contribution writes in (a Database too; recordAudit takes it). */
// biome-ignore lint/suspicious/noExplicitAny: the schema type, as in Database
export type DemoTransaction = PgTransaction<PgQueryResultHKT, any, any>;

/**
 * What the demo data of the areas loaded before is known by. Contributions run in `order` and fill
 * it for the ones after them: the programs (order 10) their ids by code, the demo accounts
 * (order 20) their ids by role; an area's own demo data (order 30 and later) reads both.
 */
export type DemoContext = {
  /** Today in Japan, "YYYY-MM-DD": dates of demo records are set relative to it. */
  todayInJapan: string;
  programIdByCode: Map<string, string>;
  userIdByRole: Map<Role, string>;
};

/**
 * One area's demo data (issue 10, "Test data and scale"): each area registers its own in
 * modules/demo-contributions.ts, so that the platform knows no area and the demo grows with them.
 */
export type DemoContribution = {
  /** The area (or module) it belongs to, for messages. */
  area: string;
  /** Lower first; ties in the order of the list. */
  order: number;
  load(tx: DemoTransaction, context: DemoContext): Promise<void>;
};

/**
 * Runs every contribution in one transaction, in order, on an empty database (`isEmpty` says so,
 * asked again under the lock). True when it loaded; false when something was there already (then
 * nothing is written). Never called in production (config.loadDemoData).
 */
export async function loadDemoContributions(
  db: Database,
  contributions: readonly DemoContribution[],
  isEmpty: (db: Database) => Promise<boolean>,
  now = new Date(),
): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const ordered = contributions
    .map((contribution, index) => ({ contribution, index }))
    .sort((a, b) => a.contribution.order - b.contribution.order || a.index - b.index)
    .map(({ contribution }) => contribution);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${advisoryLocks.demoData})`);
    if (!(await isEmpty(tx))) return false;
    const context: DemoContext = {
      todayInJapan: todayInJapan(now),
      programIdByCode: new Map(),
      userIdByRole: new Map(),
    };
    for (const contribution of ordered) {
      try {
        await contribution.load(tx, context);
      } catch (error) {
        throw new Error(`demo data of ${contribution.area} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
    return true;
  });
}
