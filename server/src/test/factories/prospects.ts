import { randomBytes } from "node:crypto";
import { prospectKeysOf } from "../../modules/network/prospects/prospects.repository.ts";
import { prospectContacts, workplaceProspects } from "../../modules/network/prospects/prospects.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type ProspectRow = typeof workplaceProspects.$inferSelect;

/** A prospective partner workplace straight into the database (fictional), at `prospect` by default. */
export async function buildProspect(
  db: Database,
  overrides: Partial<typeof workplaceProspects.$inferInsert> = {},
): Promise<ProspectRow> {
  const suffix = randomBytes(3).toString("hex");
  const values = {
    name: `試験開拓先${suffix}（架空）`,
    nameKana: "シケンカイタクサキ",
    area: "座間市",
    workKinds: ["food"],
    ...overrides,
  };
  const [row] = await db
    .insert(workplaceProspects)
    .values({ ...values, ...prospectKeysOf(values) })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A contact with a prospect (by phone, today unless told). */
export async function buildProspectContact(
  db: Database,
  prospectId: string,
  overrides: Partial<typeof prospectContacts.$inferInsert> = {},
) {
  const [row] = await db
    .insert(prospectContacts)
    .values({ prospectId, contactedOn: "2026-04-01", method: "phone", ...overrides })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
