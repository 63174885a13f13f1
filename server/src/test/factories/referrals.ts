import { randomUUID } from "node:crypto";
import { advisors, agencies, referrals } from "../../modules/consultation/referrals/referrals.tables.ts";
import type { Database } from "../../platform/db/client.ts";

/** An agency of the directory (fictional; the name unique per call unless given). */
export async function buildAgency(db: Database, overrides: Partial<typeof agencies.$inferInsert> = {}) {
  const [row] = await db
    .insert(agencies)
    .values({
      name: `試験の関係機関${randomUUID().slice(0, 8)}`,
      kind: "welfare_office",
      contactPerson: "担当 花子",
      phone: "045-123-4567",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function buildAdvisor(db: Database, overrides: Partial<typeof advisors.$inferInsert> = {}) {
  const [row] = await db
    .insert(advisors)
    .values({
      name: "試験 法子",
      field: "lawyer",
      organization: "試験法律事務所",
      contractStartsOn: "2026-04-01",
      contractEndsOn: "2027-03-31",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A referral straight into the database: to a new agency unless told, sent on the given day. */
export async function buildReferral(
  db: Database,
  source: { consultationId?: string; caseId?: string; participantId?: string | null },
  overrides: Partial<typeof referrals.$inferInsert> = {},
) {
  const agencyId = overrides.advisorId ? null : (overrides.agencyId ?? (await buildAgency(db)).id);
  const [row] = await db
    .insert(referrals)
    .values({
      consultationId: source.consultationId ?? null,
      caseId: source.caseId ?? null,
      participantId: source.participantId ?? null,
      agencyId,
      purpose: "就労支援のための情報提供",
      reason: "生活の立て直しの相談先として",
      referredOn: "2026-05-12",
      statusChangedOn: overrides.referredOn ?? "2026-05-12",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
