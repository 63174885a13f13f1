import { startupResources } from "../../modules/consultation/startup/startup-resources.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type StartupResourceRecord = typeof startupResources.$inferSelect;

/** A grant of the start-up directory straight into the database (fictional), with no window unless told. */
export async function buildStartupResource(
  db: Database,
  overrides: Partial<typeof startupResources.$inferInsert> = {},
): Promise<StartupResourceRecord> {
  const [row] = await db
    .insert(startupResources)
    .values({
      kind: "grant",
      title: `試験の助成金${Math.random().toString(36).slice(2, 8)}（架空）`,
      provider: "試験財団（架空）",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
