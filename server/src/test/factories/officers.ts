import { toSearchKey } from "@otagai/shared/japanese/kana";
import { officers } from "../../modules/network/officers/officers.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type OfficerRecord = typeof officers.$inferSelect;

/** An officer's term straight into the database (fictional): a director for two years unless told. */
export async function buildOfficer(
  db: Database,
  overrides: Partial<typeof officers.$inferInsert> = {},
): Promise<OfficerRecord> {
  const nameKana = overrides.nameKana ?? "しけん はなこ";
  const [row] = await db
    .insert(officers)
    .values({
      name: "試験 花子",
      role: "director",
      termStartsOn: "2026-06-20",
      termEndsOn: "2028-06-19",
      ...overrides,
      nameKana,
      readingKey: toSearchKey(nameKana),
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
