import { consultationRequests } from "../../modules/consultation/requests/requests.tables.ts";
import type { Database } from "../../platform/db/client.ts";

/** A request from the public form straight into the database (a fictional person, by phone). */
export async function buildConsultationRequest(
  db: Database,
  overrides: Partial<typeof consultationRequests.$inferInsert> = {},
) {
  const [row] = await db
    .insert(consultationRequests)
    .values({
      language: "ja",
      topic: "find_work",
      name: "川口 みどり",
      nameKana: "かわぐち みどり",
      contactMethod: "phone",
      phone: "090-2345-6789",
      message: "短い時間から働ける場所を探しています",
      privacyConsent: true,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
