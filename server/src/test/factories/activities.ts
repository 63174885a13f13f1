import { activities } from "../../modules/support/activities/activities.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type ActivityRow = typeof activities.$inferSelect;

export async function buildActivity(
  db: Database,
  participantId: string,
  overrides: Partial<typeof activities.$inferInsert> = {},
): Promise<ActivityRow> {
  const [row] = await db
    .insert(activities)
    .values({
      participantId,
      occurredAt: new Date("2026-05-01T01:00:00Z"),
      type: "interview",
      minutes: 30,
      notes: "面談",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
