import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { countUpTo, type ListTotal, wordsInAny } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { consultationVisibleTo } from "../../consultation/consultations.policy.ts";
import { consultationCategories, consultations } from "../../consultation/consultations.tables.ts";
import { programs } from "../../programs/programs.tables.ts";
import { caseVisibleTo } from "../../support/cases/cases.policy.ts";
import { caseIntakes, cases } from "../../support/cases/cases.tables.ts";
import { policyIssueEvidence, policyIssues, policyProposals } from "./proposals.tables.ts";

export type PolicyIssueValues = typeof policyIssues.$inferInsert;
export type PolicyIssueRow = typeof policyIssues.$inferSelect & {
  proposalTitle: string | null;
  evidenceCount: number;
};

const evidenceCount = sql<number>`(select count(*)::int from ${policyIssueEvidence}
  where ${policyIssueEvidence.issueId} = ${policyIssues.id})`;

function selectIssues(db: Database) {
  return db
    .select({ issue: policyIssues, proposalTitle: policyProposals.title, evidenceCount })
    .from(policyIssues)
    .leftJoin(policyProposals, eq(policyProposals.id, policyIssues.proposalId));
}
type Selected = {
  issue: typeof policyIssues.$inferSelect;
  proposalTitle: string | null;
  evidenceCount: number;
};
const toRow = (row: Selected): PolicyIssueRow => ({
  ...row.issue,
  proposalTitle: row.proposalTitle,
  evidenceCount: row.evidenceCount,
});

export type PolicyIssueFilter = {
  q?: string | undefined;
  unassigned?: boolean | undefined;
  source?: string | undefined;
};

/** A page of issues, the most recently noticed first. */
export async function findPolicyIssues(
  db: Database,
  filter: PolicyIssueFilter & { page: number; pageSize: number },
): Promise<{ rows: PolicyIssueRow[] } & ListTotal> {
  const where = and(
    wordsInAny(filter.q, [policyIssues.title, policyIssues.observed, policyIssues.place]),
    filter.unassigned ? isNull(policyIssues.proposalId) : undefined,
    filter.source ? eq(policyIssues.source, filter.source) : undefined,
  );
  const [rows, total] = await Promise.all([
    selectIssues(db)
      .where(where)
      .orderBy(desc(policyIssues.noticedOn), asc(policyIssues.title), asc(policyIssues.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, policyIssues, where),
  ]);
  return { rows: rows.map(toRow), ...total };
}

/** The issues grouped into a proposal, by when they were noticed. */
export async function findProposalIssues(db: Database, proposalId: string): Promise<PolicyIssueRow[]> {
  const rows = await selectIssues(db)
    .where(eq(policyIssues.proposalId, proposalId))
    .orderBy(asc(policyIssues.noticedOn), asc(policyIssues.title))
    .limit(500);
  return rows.map(toRow);
}

export async function getPolicyIssue(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<PolicyIssueRow | undefined> {
  const query = selectIssues(db).where(eq(policyIssues.id, id));
  const [row] = await (options.forUpdate ? query.for("update", { of: policyIssues }) : query);
  return row ? toRow(row) : undefined;
}

export async function insertPolicyIssue(db: Database, values: PolicyIssueValues): Promise<{ id: string }> {
  const [row] = await db.insert(policyIssues).values(values).returning({ id: policyIssues.id });
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: false when someone saved first. */
export async function updatePolicyIssue(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<PolicyIssueValues>,
): Promise<boolean> {
  const rows = await db
    .update(policyIssues)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${policyIssues.version} + 1` })
    .where(and(eq(policyIssues.id, current.id), eq(policyIssues.version, current.version)))
    .returning({ id: policyIssues.id });
  return rows.length > 0;
}

// ── Evidence ───────────────────────────────────────────────────────────────────

/** A consultation the user reaches (the desk's policy), or undefined. */
export async function consultationReached(db: Database, scope: AccessScope, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.id, id), consultationVisibleTo(scope)));
  return rows.length > 0;
}

/** A case the user reaches (the cases policy). */
export async function caseReached(db: Database, scope: AccessScope, id: string): Promise<boolean> {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.id, id), caseVisibleTo(scope)));
  return rows.length > 0;
}

/** Links once: false when it was already linked. */
export async function insertEvidence(
  db: Database,
  values: typeof policyIssueEvidence.$inferInsert,
): Promise<boolean> {
  const rows = await db
    .insert(policyIssueEvidence)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: policyIssueEvidence.id });
  return rows.length > 0;
}

export async function deleteEvidence(db: Database, issueId: string, evidenceId: string): Promise<boolean> {
  const rows = await db
    .delete(policyIssueEvidence)
    .where(and(eq(policyIssueEvidence.id, evidenceId), eq(policyIssueEvidence.issueId, issueId)))
    .returning({ id: policyIssueEvidence.id });
  return rows.length > 0;
}

/**
 * An issue's evidence with only what may be shown: the month, the desk category or the program,
 * the concern topics and the channel. No column naming or describing a person is selected here.
 */
export async function findEvidence(db: Database, issueId: string) {
  const month = (value: SQL) => sql<string>`to_char(${value}, 'YYYY-MM')`;
  return db
    .select({
      id: policyIssueEvidence.id,
      consultationId: policyIssueEvidence.consultationId,
      caseId: policyIssueEvidence.caseId,
      addedAt: policyIssueEvidence.addedAt,
      consultationMonth: month(sql`${consultations.consultedAt} at time zone 'Asia/Tokyo'`),
      categoryCode: consultationCategories.code,
      categoryName: consultationCategories.name,
      consultationTopics: consultations.concernTopics,
      channel: consultations.channel,
      caseMonth: month(sql`${cases.openedOn}`),
      programName: programs.name,
      caseTopics: caseIntakes.concernTopics,
    })
    .from(policyIssueEvidence)
    .leftJoin(consultations, eq(consultations.id, policyIssueEvidence.consultationId))
    .leftJoin(consultationCategories, eq(consultationCategories.id, consultations.categoryId))
    .leftJoin(cases, eq(cases.id, policyIssueEvidence.caseId))
    .leftJoin(programs, eq(programs.id, cases.programId))
    .leftJoin(caseIntakes, eq(caseIntakes.caseId, cases.id))
    .where(eq(policyIssueEvidence.issueId, issueId))
    .orderBy(asc(policyIssueEvidence.addedAt), asc(policyIssueEvidence.id))
    .limit(500);
}
export type EvidenceRow = Awaited<ReturnType<typeof findEvidence>>[number];

/** Titles by id, for the audit trail. */
export async function findPolicyIssueNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: policyIssues.id, title: policyIssues.title })
    .from(policyIssues)
    .where(inArray(policyIssues.id, uuids));
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** Issues by proposal, counted (the proposals list). */
export async function countIssuesByProposal(
  db: Database,
  proposalIds: string[],
): Promise<Map<string, number>> {
  const uuids = onlyUuids(proposalIds);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ proposalId: policyIssues.proposalId, total: count() })
    .from(policyIssues)
    .where(inArray(policyIssues.proposalId, uuids))
    .groupBy(policyIssues.proposalId);
  return new Map(rows.map((row) => [row.proposalId ?? "", Number(row.total)]));
}
