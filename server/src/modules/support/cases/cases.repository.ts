import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { cappedCountColumn, countUpTo, type ListTotal, totalOfPage } from "../../../platform/db/list-page.ts";
import { fundingStreams, programs } from "../../programs/programs.tables.ts";
import { userPrograms, users } from "../../users/users.tables.ts";
import { notMerged, participantVisibleTo } from "../participants/participants.policy.ts";
import { participants } from "../participants/participants.tables.ts";
import { caseVisibleTo } from "./cases.policy.ts";
import { cases } from "./cases.tables.ts";

export type CaseRow = typeof cases.$inferSelect;
/** A case with the names lists and pages show beside it. */
export type CaseSummaryRow = CaseRow & {
  participantFamilyName: string;
  participantGivenName: string;
  participantFamilyNameKana: string;
  participantGivenNameKana: string;
  leadCoordinatorName: string | null;
};

const coordinator = alias(users, "coordinator");

const summaryColumns = {
  case: cases,
  participantFamilyName: participants.familyName,
  participantGivenName: participants.givenName,
  participantFamilyNameKana: participants.familyNameKana,
  participantGivenNameKana: participants.givenNameKana,
  leadCoordinatorName: coordinator.displayName,
};

type SummarySelection = {
  case: CaseRow;
  participantFamilyName: string;
  participantGivenName: string;
  participantFamilyNameKana: string;
  participantGivenNameKana: string;
  leadCoordinatorName: string | null;
};

function summaryOf(row: SummarySelection): CaseSummaryRow {
  const { case: caseRow, ...names } = row;
  return { ...caseRow, ...names };
}

function selectSummaries(db: Database) {
  return db
    .select(summaryColumns)
    .from(cases)
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .leftJoin(coordinator, eq(coordinator.id, cases.leadCoordinatorId));
}

export type CaseFilter = {
  programId?: string;
  status?: string;
  coordinatorId?: string;
  participantId?: string;
  openedFrom?: string;
  openedTo?: string;
  page: number;
  pageSize: number;
};

/**
 * A page of the cases the user reaches, newest first (opened_on desc, id desc): each filter has an
 * index that serves it in this order (0006 and 0008_cases.sql), so a page costs its rows; the total
 * is counted up to the cap (ADR 013), in the page's own statement (ADR 024).
 */
export async function findCases(
  db: Database,
  scope: AccessScope,
  filter: CaseFilter,
): Promise<{ rows: CaseSummaryRow[] } & ListTotal> {
  const where = and(
    caseVisibleTo(scope),
    filter.programId ? eq(cases.programId, filter.programId) : undefined,
    filter.status ? eq(cases.status, filter.status) : undefined,
    filter.coordinatorId ? eq(cases.leadCoordinatorId, filter.coordinatorId) : undefined,
    filter.participantId ? eq(cases.participantId, filter.participantId) : undefined,
    filter.openedFrom ? gte(cases.openedOn, filter.openedFrom) : undefined,
    filter.openedTo ? lte(cases.openedOn, filter.openedTo) : undefined,
  );
  const rows = await db
    .select({ ...summaryColumns, matches: cappedCountColumn(cases, where) })
    .from(cases)
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .leftJoin(coordinator, eq(coordinator.id, cases.leadCoordinatorId))
    .where(where)
    .orderBy(desc(cases.openedOn), desc(cases.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const total = await totalOfPage(rows, filter.page, () => countUpTo(db, cases, where));
  return { rows: rows.map(({ matches: _, ...row }) => summaryOf(row)), ...total };
}

/** One case with its names, when the user reaches it. */
export async function getCaseSummary(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<CaseSummaryRow | undefined> {
  const [row] = await selectSummaries(db).where(and(eq(cases.id, id), caseVisibleTo(scope)));
  return row ? summaryOf(row) : undefined;
}

/**
 * Locks the case's row until the transaction ends, when the user reaches it: every change to a
 * case and its records takes this first, so two changes to one case take turns and each checks the
 * records the other wrote.
 */
export async function lockCase(db: Database, scope: AccessScope, id: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), caseVisibleTo(scope)))
    .for("update");
  return row;
}

export async function insertCase(db: Database, values: typeof cases.$inferInsert): Promise<CaseRow> {
  const [row] = await db.insert(cases).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * Every change to a case goes through here: a new version and updated_at, applied only while the
 * stored version is still the one `current` was read at (undefined: someone saved first).
 */
export async function updateCase(
  db: Database,
  current: CaseRow,
  changes: Partial<
    Pick<typeof cases.$inferInsert, "status" | "closedOn" | "leadCoordinatorId" | "fundingStreamId">
  >,
): Promise<CaseRow | undefined> {
  const [row] = await db
    .update(cases)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${cases.version} + 1` })
    .where(and(eq(cases.id, current.id), eq(cases.version, current.version)))
    .returning();
  return row;
}

// ── What a new case refers to ───────────────────────────────────────────────────────

/** The participant, when the user reaches them and the record is not a merged-away tombstone. */
export async function findVisibleParticipant(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.id, id), notMerged(), participantVisibleTo(scope)));
  return row;
}

export async function findProgram(
  db: Database,
  id: string,
): Promise<{ id: string; active: boolean } | undefined> {
  const [row] = await db
    .select({ id: programs.id, active: programs.active })
    .from(programs)
    .where(eq(programs.id, id));
  return row;
}

export async function findFundingStream(
  db: Database,
  id: string,
): Promise<{ programId: string; active: boolean } | undefined> {
  const [row] = await db
    .select({ programId: fundingStreams.programId, active: fundingStreams.active })
    .from(fundingStreams)
    .where(eq(fundingStreams.id, id));
  return row;
}

/**
 * An account's role and status, and whether it reaches the program (not limited, or limited to
 * it; true when no program is asked about).
 */
export async function findUserStatus(
  db: Database,
  id: string,
  programId?: string,
): Promise<{ role: string; status: string; reachesProgram: boolean } | undefined> {
  const [row] = await db
    .select({
      role: users.role,
      status: users.status,
      reachesProgram: programId ? reachesProgram(programId) : sql<boolean>`true`,
    })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

function reachesProgram(programId: string) {
  const limits = userProgramExists(sql`${userPrograms.userId} = ${users.id}`);
  const includes = userProgramExists(
    sql`${userPrograms.userId} = ${users.id} and ${userPrograms.programId} = ${programId}`,
  );
  return sql<boolean>`(not ${limits} or ${includes})`;
}

function userProgramExists(condition: ReturnType<typeof sql>) {
  return sql`exists (select 1 from ${userPrograms} where ${condition})`;
}

/** Active accounts of these roles that reach the program, 五十音順: who may lead its cases. */
export async function findCaseLeads(db: Database, programId: string, roles: string[]) {
  return db
    .select({ id: users.id, displayName: users.displayName, displayNameKana: users.displayNameKana })
    .from(users)
    .where(and(eq(users.status, "active"), inArray(users.role, roles), reachesProgram(programId)))
    .orderBy(sql`${users.sortKey} collate "C"`, asc(users.id))
    .limit(500);
}
