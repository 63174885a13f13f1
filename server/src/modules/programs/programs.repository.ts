import { fiscalYearLabel } from "@otagai/shared/japanese/fiscal-year";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client.ts";
import { onlyUuids } from "../../platform/db/uuids.ts";
import { contracts, fundingStreams, programs } from "./programs.tables.ts";

export type ProgramRow = typeof programs.$inferSelect;
export type FundingStreamRow = typeof fundingStreams.$inferSelect;
export type ContractRow = typeof contracts.$inferSelect;

/** Every program, by code (the order the pickers and the users pages have always had). */
export function findPrograms(db: Database): Promise<ProgramRow[]> {
  return db.select().from(programs).orderBy(asc(programs.code));
}

export async function countPrograms(db: Database): Promise<number> {
  const [row] = await db.select({ total: count() }).from(programs);
  return row?.total ?? 0;
}

export async function insertPrograms(db: Database, values: (typeof programs.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await db.insert(programs).values(values).onConflictDoNothing();
}

export async function getProgramById(db: Database, id: string): Promise<ProgramRow | undefined> {
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  return row;
}

export async function getProgramByCode(db: Database, code: string): Promise<ProgramRow | undefined> {
  const [row] = await db.select().from(programs).where(eq(programs.code, code));
  return row;
}

export async function insertProgram(db: Database, values: typeof programs.$inferInsert): Promise<ProgramRow> {
  const [row] = await db.insert(programs).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Only when the row still has the version the editor loaded; undefined when someone saved first. */
export async function updateProgram(
  db: Database,
  current: ProgramRow,
  changes: Partial<typeof programs.$inferInsert>,
): Promise<ProgramRow | undefined> {
  const [row] = await db
    .update(programs)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${programs.version} + 1` })
    .where(and(eq(programs.id, current.id), eq(programs.version, current.version)))
    .returning();
  return row;
}

// ── Funding streams ─────────────────────────────────────────────────────────────────

/** The streams of these programs, by program then code. */
export function findFundingStreamsOf(db: Database, programIds: string[]): Promise<FundingStreamRow[]> {
  if (programIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(fundingStreams)
    .where(inArray(fundingStreams.programId, programIds))
    .orderBy(asc(fundingStreams.programId), asc(fundingStreams.code));
}

/** A stream of this program (a stream id with another program's id names nothing). */
export async function getFundingStream(
  db: Database,
  programId: string,
  streamId: string,
): Promise<FundingStreamRow | undefined> {
  const [row] = await db
    .select()
    .from(fundingStreams)
    .where(and(eq(fundingStreams.id, streamId), eq(fundingStreams.programId, programId)));
  return row;
}

export async function getFundingStreamByCode(
  db: Database,
  programId: string,
  code: string,
): Promise<FundingStreamRow | undefined> {
  const [row] = await db
    .select()
    .from(fundingStreams)
    .where(and(eq(fundingStreams.programId, programId), eq(fundingStreams.code, code)));
  return row;
}

export async function insertFundingStream(
  db: Database,
  values: typeof fundingStreams.$inferInsert,
): Promise<FundingStreamRow> {
  const [row] = await db.insert(fundingStreams).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateFundingStream(
  db: Database,
  id: string,
  changes: Partial<Pick<FundingStreamRow, "name" | "active">>,
): Promise<FundingStreamRow | undefined> {
  const [row] = await db.update(fundingStreams).set(changes).where(eq(fundingStreams.id, id)).returning();
  return row;
}

// ── Contracts ───────────────────────────────────────────────────────────────────────

/** Each program's contract of one fiscal year (the list's "current contract"). */
export function findContractsOfYear(db: Database, fiscalYear: number): Promise<ContractRow[]> {
  return db.select().from(contracts).where(eq(contracts.fiscalYear, fiscalYear));
}

/** A program's contracts, newest fiscal year first. */
export function findContractsOfProgram(db: Database, programId: string): Promise<ContractRow[]> {
  return db
    .select()
    .from(contracts)
    .where(eq(contracts.programId, programId))
    .orderBy(desc(contracts.fiscalYear));
}

export async function getContractById(db: Database, id: string): Promise<ContractRow | undefined> {
  const [row] = await db.select().from(contracts).where(eq(contracts.id, id));
  return row;
}

export async function getContractOfYear(
  db: Database,
  programId: string,
  fiscalYear: number,
): Promise<ContractRow | undefined> {
  const [row] = await db
    .select()
    .from(contracts)
    .where(and(eq(contracts.programId, programId), eq(contracts.fiscalYear, fiscalYear)));
  return row;
}

export async function insertContract(
  db: Database,
  values: typeof contracts.$inferInsert,
): Promise<ContractRow> {
  const [row] = await db.insert(contracts).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateContract(
  db: Database,
  current: ContractRow,
  changes: Partial<typeof contracts.$inferInsert>,
): Promise<ContractRow | undefined> {
  const [row] = await db
    .update(contracts)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${contracts.version} + 1` })
    .where(and(eq(contracts.id, current.id), eq(contracts.version, current.version)))
    .returning();
  return row;
}

/** Program names by id: the export names its cases' programs, the audit list names program records. */
export async function findProgramNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .where(inArray(programs.id, uuids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A contract by its program and fiscal year (the year it starts in), for the audit trail. */
export async function findContractNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: contracts.id, name: programs.name, fiscalYear: contracts.fiscalYear })
    .from(contracts)
    .innerJoin(programs, eq(programs.id, contracts.programId))
    .where(inArray(contracts.id, uuids));
  return new Map(
    rows.map((row) => [row.id, `${row.name}・${fiscalYearLabel(row.fiscalYear) ?? row.fiscalYear}`]),
  );
}

export async function findFundingStreamNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: fundingStreams.id, name: fundingStreams.name, program: programs.name })
    .from(fundingStreams)
    .innerJoin(programs, eq(programs.id, fundingStreams.programId))
    .where(inArray(fundingStreams.id, uuids));
  return new Map(rows.map((row) => [row.id, `${row.program}・${row.name}`]));
}
