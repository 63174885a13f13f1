import { meetingActionItems, meetings } from "../../modules/network/meetings/meetings.tables.ts";
import type { Database } from "../../platform/db/client.ts";
import { buildUser } from "../factories.ts";

export type MeetingRecord = typeof meetings.$inferSelect;
export type ActionItemRecord = typeof meetingActionItems.$inferSelect;

/** A meeting straight into the database (fictional): a round table unless told. */
export async function buildMeeting(
  db: Database,
  overrides: Partial<typeof meetings.$inferInsert> = {},
): Promise<MeetingRecord> {
  const [row] = await db
    .insert(meetings)
    .values({
      kind: "round_table",
      title: `試験の懇談会${Math.random().toString(36).slice(2, 8)}`,
      heldOn: "2026-06-10",
      place: "試験会議室",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** An open action item of a meeting (a new meeting and a new staff owner unless told). */
export async function buildActionItem(
  db: Database,
  overrides: Partial<typeof meetingActionItems.$inferInsert> = {},
): Promise<ActionItemRecord> {
  const meetingId = overrides.meetingId ?? (await buildMeeting(db)).id;
  const ownerId = overrides.ownerId ?? (await buildUser(db, { role: "staff" })).id;
  const [row] = await db
    .insert(meetingActionItems)
    .values({ title: "試験の宿題", dueOn: "2026-07-01", ...overrides, meetingId, ownerId })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
