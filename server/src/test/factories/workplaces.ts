import { randomBytes } from "node:crypto";
import { workplaceKeysOf } from "../../modules/support/workplaces/workplaces.repository.ts";
import {
  partnerWorkplaces,
  workplaceCertifications,
} from "../../modules/support/workplaces/workplaces.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type WorkplaceRow = typeof partnerWorkplaces.$inferSelect;
export type CertificationRow = typeof workplaceCertifications.$inferSelect;

/** A partner workplace straight into the database (fictional), with its derived search keys. */
export async function buildWorkplace(
  db: Database,
  overrides: Partial<typeof partnerWorkplaces.$inferInsert> = {},
): Promise<WorkplaceRow> {
  const suffix = randomBytes(3).toString("hex");
  const values = {
    name: `ワーカーズ・コレクティブ試験${suffix}`,
    nameKana: "ワーカーズコレクティブシケン",
    area: "横浜市港北区",
    workKinds: ["food"],
    workDays: ["mon", "wed", "fri"],
    hoursFrom: "10:00",
    hoursTo: "15:00",
    traineeCapacity: 2,
    ...overrides,
  };
  const [row] = await db
    .insert(partnerWorkplaces)
    .values({ ...values, ...workplaceKeysOf(values) })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A 認定就労訓練事業 certification of the workplace: by default the mayor's, both types, a year from 2026-04-01. */
export async function buildCertification(
  db: Database,
  workplaceId: string,
  overrides: Partial<typeof workplaceCertifications.$inferInsert> = {},
): Promise<CertificationRow> {
  const [row] = await db
    .insert(workplaceCertifications)
    .values({
      workplaceId,
      authority: "mayor",
      authorityName: "横浜市長",
      number: `横福第${randomBytes(2).readUInt16BE()}号`,
      employmentTypes: ["employed", "nonEmployed"],
      validFrom: "2026-04-01",
      validUntil: "2027-03-31",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
