import { eq } from "drizzle-orm";
import { consultationCategories, consultations } from "../../modules/consultation/consultations.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type ConsultationRecord = typeof consultations.$inferSelect;

/** A fixed category's id by code (migration 0016 seeds the six). */
export async function categoryIdByCode(db: Database, code = "employment"): Promise<string> {
  const [row] = await db
    .select({ id: consultationCategories.id })
    .from(consultationCategories)
    .where(eq(consultationCategories.code, code));
  if (!row) throw new Error(`no consultation category ${code}`);
  return row.id;
}

/** A consultation straight into the database (fictional): anonymous by phone unless told otherwise. */
export async function buildConsultation(
  db: Database,
  overrides: Partial<typeof consultations.$inferInsert> = {},
): Promise<ConsultationRecord> {
  const [row] = await db
    .insert(consultations)
    .values({
      consultedAt: new Date("2026-05-11T01:30:00Z"),
      channel: "phone",
      categoryId: overrides.categoryId ?? (await categoryIdByCode(db)),
      personKind: overrides.participantId ? "participant" : "anonymous",
      question: "仕事を探しているが、何から始めればよいか",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
