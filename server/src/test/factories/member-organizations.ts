import { randomBytes } from "node:crypto";
import { memberKeysOf } from "../../modules/network/members/members.repository.ts";
import { memberDues, memberOrganizations } from "../../modules/network/members/members.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type MemberOrganizationRow = typeof memberOrganizations.$inferSelect;

const kanaDigits = [
  "ア",
  "イ",
  "ウ",
  "エ",
  "オ",
  "カ",
  "キ",
  "ク",
  "ケ",
  "コ",
  "サ",
  "シ",
  "ス",
  "セ",
  "ソ",
  "タ",
];

/** A member organization straight into the database (fictional), with a unique reading and its keys. */
export async function buildMemberOrganization(
  db: Database,
  overrides: Partial<typeof memberOrganizations.$inferInsert> = {},
): Promise<MemberOrganizationRow> {
  const suffix = randomBytes(4).toString("hex");
  const kanaSuffix = [...suffix].map((digit) => kanaDigits[Number.parseInt(digit, 16)]).join("");
  const values = {
    name: `ワーカーズ・コレクティブ試験${suffix}`,
    nameKana: `ワーカーズコレクティブシケン${kanaSuffix}`,
    kind: "workers_collective",
    fields: ["food"],
    area: "横浜市港北区",
    joinedOn: "2010-04-01",
    ...overrides,
  };
  const [row] = await db
    .insert(memberOrganizations)
    .values({ ...values, ...memberKeysOf(values) })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A fiscal year's dues of an organization (unpaid unless paidOn is given). */
export async function buildMemberDues(
  db: Database,
  memberOrganizationId: string,
  overrides: Partial<typeof memberDues.$inferInsert> = {},
) {
  const [row] = await db
    .insert(memberDues)
    .values({ memberOrganizationId, fiscalYear: 2025, amountYen: 12000, ...overrides })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
