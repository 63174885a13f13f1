import { inArray } from "drizzle-orm";
import type { Database } from "../platform/db/client.ts";
import { type DemoContribution, loadDemoContributions } from "../platform/demo-data.ts";
import { seedPrograms } from "./programs/programs.demo.ts";
import { insertPrograms } from "./programs/programs.repository.ts";
import { programs } from "./programs/programs.tables.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "./users/users.demo.ts";
import { countUsers } from "./users/users.repository.ts";

/** The nine programs of the association's plan, known to the areas after them by code. */
const programsDemo: DemoContribution = {
  area: "programs",
  order: 10,
  async load(tx, context) {
    await insertPrograms(tx, seedPrograms);
    const rows = await tx
      .select({ id: programs.id, code: programs.code })
      .from(programs)
      .where(
        inArray(
          programs.code,
          seedPrograms.map((program) => program.code),
        ),
      );
    for (const row of rows) context.programIdByCode.set(row.code, row.id);
  },
};

/**
 * Each area's demo data, registered here (not in platform/, which knows no area). Programs come
 * first (order 10), then the demo accounts (20, limited to programs by code); an area's own demo
 * data takes 30 or later and reads both from the context.
 */
export const areaDemoContributions: DemoContribution[] = [programsDemo];

/**
 * Fills an empty database with demo data and returns the accounts with their passwords (to be
 * printed once). Does nothing when any user exists. Never called in production.
 */
export async function loadDemoData(db: Database, fixedPassword?: string) {
  if ((await countUsers(db)) > 0) return [];
  const accounts = await prepareDemoAccounts(fixedPassword);
  const loaded = await loadDemoContributions(
    db,
    [...areaDemoContributions, demoAccountsContribution(accounts)],
    async (tx) => (await countUsers(tx)) === 0,
  );
  if (!loaded) return [];
  return accounts.map(({ role, email, password }) => ({ role, email, password }));
}
