import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { countUpTo, type ListTotal } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { users } from "../../users/users.tables.ts";
import { policyProposalEvents, policyProposalFigures, policyProposals } from "./proposals.tables.ts";

export type ProposalRow = typeof policyProposals.$inferSelect;
export type ProposalValues = typeof policyProposals.$inferInsert;
export type FigureRow = typeof policyProposalFigures.$inferSelect;
export type FigureValues = typeof policyProposalFigures.$inferInsert;

/** A page of proposals: those still moving first (draft … submitted), then by last change. */
export async function findProposals(
  db: Database,
  filter: { status?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: ProposalRow[] } & ListTotal> {
  const where = filter.status ? eq(policyProposals.status, filter.status) : undefined;
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(policyProposals)
      .where(where)
      .orderBy(
        sql`(${policyProposals.status} = 'answered')`,
        desc(policyProposals.updatedAt),
        asc(policyProposals.id),
      )
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, policyProposals, where),
  ]);
  return { rows, ...total };
}

export async function getProposal(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProposalRow | undefined> {
  const query = db.select().from(policyProposals).where(eq(policyProposals.id, id));
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

export async function insertProposal(db: Database, values: ProposalValues): Promise<ProposalRow> {
  const [row] = await db.insert(policyProposals).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: false when someone saved first. */
export async function updateProposal(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<ProposalValues>,
): Promise<boolean> {
  const rows = await db
    .update(policyProposals)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${policyProposals.version} + 1` })
    .where(and(eq(policyProposals.id, current.id), eq(policyProposals.version, current.version)))
    .returning({ id: policyProposals.id });
  return rows.length > 0;
}

/** A change to a proposal's parts (figures, events, issues) is a change of the proposal: a new version. */
export async function touchProposal(db: Database, id: string): Promise<void> {
  await db
    .update(policyProposals)
    .set({ updatedAt: sql`now()`, version: sql`${policyProposals.version} + 1` })
    .where(eq(policyProposals.id, id));
}

// ── Figures ────────────────────────────────────────────────────────────────────

export function findFigures(db: Database, proposalId: string): Promise<FigureRow[]> {
  return db
    .select()
    .from(policyProposalFigures)
    .where(eq(policyProposalFigures.proposalId, proposalId))
    .orderBy(asc(policyProposalFigures.position), asc(policyProposalFigures.id))
    .limit(100);
}

export async function insertFigure(db: Database, values: FigureValues): Promise<FigureRow> {
  const [{ next } = { next: 0 }] = await db
    .select({ next: sql<number>`coalesce(max(${policyProposalFigures.position}) + 1, 0)::int` })
    .from(policyProposalFigures)
    .where(eq(policyProposalFigures.proposalId, values.proposalId));
  const [row] = await db
    .insert(policyProposalFigures)
    .values({ ...values, position: next })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateFigure(
  db: Database,
  proposalId: string,
  figureId: string,
  changes: Partial<FigureValues>,
): Promise<boolean> {
  const rows = await db
    .update(policyProposalFigures)
    .set(changes)
    .where(and(eq(policyProposalFigures.id, figureId), eq(policyProposalFigures.proposalId, proposalId)))
    .returning({ id: policyProposalFigures.id });
  return rows.length > 0;
}

export async function deleteFigure(db: Database, proposalId: string, figureId: string): Promise<boolean> {
  const rows = await db
    .delete(policyProposalFigures)
    .where(and(eq(policyProposalFigures.id, figureId), eq(policyProposalFigures.proposalId, proposalId)))
    .returning({ id: policyProposalFigures.id });
  return rows.length > 0;
}

// ── Events ─────────────────────────────────────────────────────────────────────

export type EventRow = typeof policyProposalEvents.$inferSelect & { createdByName: string | null };

/** The campaign's history, newest first. */
export async function findEvents(db: Database, proposalId: string): Promise<EventRow[]> {
  const rows = await db
    .select({ event: policyProposalEvents, createdByName: users.displayName })
    .from(policyProposalEvents)
    .leftJoin(users, eq(users.id, policyProposalEvents.createdBy))
    .where(eq(policyProposalEvents.proposalId, proposalId))
    .orderBy(desc(policyProposalEvents.happenedOn), desc(policyProposalEvents.createdAt))
    .limit(1000);
  return rows.map((row) => ({ ...row.event, createdByName: row.createdByName }));
}

export async function insertEvent(db: Database, values: typeof policyProposalEvents.$inferInsert) {
  await db.insert(policyProposalEvents).values(values);
}

/** Titles by id, for the audit trail. */
export async function findProposalNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: policyProposals.id, title: policyProposals.title })
    .from(policyProposals)
    .where(inArray(policyProposals.id, uuids));
  return new Map(rows.map((row) => [row.id, row.title]));
}
