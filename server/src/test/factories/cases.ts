import { cases } from "../../modules/support/cases/cases.tables.ts";
import type { Database } from "../../platform/db/client.ts";
import { buildParticipant } from "./participants.ts";

export type CaseRow = typeof cases.$inferSelect;

/** A case in `programId` (a new participant unless one is given), at the intake step by default. */
export async function buildCase(
  db: Database,
  programId: string,
  overrides: Partial<typeof cases.$inferInsert> = {},
): Promise<CaseRow> {
  const participantId = overrides.participantId ?? (await buildParticipant(db)).id;
  const [row] = await db
    .insert(cases)
    .values({ participantId, programId, openedOn: "2026-04-15", ...overrides })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
