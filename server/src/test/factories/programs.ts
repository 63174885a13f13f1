import { randomBytes } from "node:crypto";
import { fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import { eq } from "drizzle-orm";
import { contracts, fundingStreams, programs } from "../../modules/programs/programs.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type ProgramRow = typeof programs.$inferSelect;

/** A program straight into the database. */
export async function buildProgram(
  db: Database,
  overrides: Partial<typeof programs.$inferInsert> = {},
): Promise<ProgramRow> {
  const suffix = randomBytes(4).toString("hex");
  const [row] = await db
    .insert(programs)
    .values({
      code: `test-${suffix}`,
      name: `試験事業${suffix}`,
      nameKana: "しけんじぎょう",
      funder: "試験市",
      kind: "readiness",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function buildFundingStream(
  db: Database,
  programId: string,
  overrides: Partial<typeof fundingStreams.$inferInsert> = {},
) {
  const [row] = await db
    .insert(fundingStreams)
    .values({ programId, code: `fs-${randomBytes(3).toString("hex")}`, name: "生活困窮者", ...overrides })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The program's contract for a fiscal year (April–March), Yokohama's 3-month terms up to 4 by default. */
export async function buildContract(
  db: Database,
  programId: string,
  fiscalYear: number,
  overrides: Partial<typeof contracts.$inferInsert> = {},
) {
  const { start, end } = fiscalYearRange(fiscalYear);
  const [row] = await db
    .insert(contracts)
    .values({ programId, fiscalYear, periodStart: start, periodEnd: end, capacity: 30, ...overrides })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findProgramByCode(db: Database, code: string) {
  const [row] = await db.select().from(programs).where(eq(programs.code, code));
  return row;
}
