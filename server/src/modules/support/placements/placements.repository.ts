import { and, arrayContains, desc, eq, gte, lte, ne, sql } from "drizzle-orm";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { contracts, programs } from "../../programs/programs.tables.ts";
import { users } from "../../users/users.tables.ts";
import { caseVisibleTo } from "../cases/cases.policy.ts";
import { cases } from "../cases/cases.tables.ts";
import { participants } from "../participants/participants.tables.ts";
import { partnerWorkplaces, workplaceCertifications } from "../workplaces/workplaces.tables.ts";
import { placements } from "./placements.tables.ts";

export type PlacementRow = typeof placements.$inferSelect;
export type PlacementValues = typeof placements.$inferInsert;
/** A placement with the names the page shows: the person, the workplace, the coordinator. */
export type PlacementViewRow = PlacementRow & {
  participantId: string;
  familyName: string;
  givenName: string;
  workplaceName: string;
  coordinatorName: string | null;
};
/** A placement with what its rules need from its case. */
export type PlacementForChange = PlacementRow & {
  caseStatus: string;
  programId: string;
  participantId: string;
};

// Every query reaching a placement by its own id goes through its case with the case policy
// (ADR 014): a placement of a case the user does not reach is not found.

function selectViews(db: Database) {
  return db
    .select({
      placement: placements,
      participantId: cases.participantId,
      familyName: participants.familyName,
      givenName: participants.givenName,
      workplaceName: partnerWorkplaces.name,
      coordinatorName: users.displayName,
    })
    .from(placements)
    .innerJoin(cases, eq(cases.id, placements.caseId))
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .innerJoin(partnerWorkplaces, eq(partnerWorkplaces.id, placements.workplaceId))
    .leftJoin(users, eq(users.id, placements.coordinatorId));
}

type ViewSelection = Awaited<ReturnType<ReturnType<typeof selectViews>["execute"]>>[number];
const viewOf = ({ placement, ...names }: ViewSelection): PlacementViewRow => ({ ...placement, ...names });

/** The case's placements, the latest start first. */
export async function findPlacementsOfCase(db: Database, caseId: string): Promise<PlacementViewRow[]> {
  const rows = await selectViews(db)
    .where(eq(placements.caseId, caseId))
    .orderBy(desc(placements.startOn), desc(placements.createdAt), desc(placements.id));
  return rows.map(viewOf);
}

/** One placement with its names, when the user reaches its case (no scope: read after a change). */
export async function getPlacementView(
  db: Database,
  id: string,
  scope?: AccessScope,
): Promise<PlacementViewRow | undefined> {
  const [row] = await selectViews(db).where(
    and(eq(placements.id, id), scope ? caseVisibleTo(scope) : undefined),
  );
  return row ? viewOf(row) : undefined;
}

/** A placement with its case's status, program and person, when the user reaches the case; locked for a change. */
export async function lockPlacement(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<PlacementForChange | undefined> {
  const [row] = await db
    .select({
      placement: placements,
      caseStatus: cases.status,
      programId: cases.programId,
      participantId: cases.participantId,
    })
    .from(placements)
    .innerJoin(cases, eq(cases.id, placements.caseId))
    .where(and(eq(placements.id, id), caseVisibleTo(scope)))
    .for("update", { of: placements });
  if (!row) return undefined;
  const { placement, ...caseFields } = row;
  return { ...placement, ...caseFields };
}

export async function insertPlacement(db: Database, values: PlacementValues): Promise<PlacementRow> {
  const [row] = await db.insert(placements).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: applies only while the stored version is the one `current` was read at. */
export async function updatePlacement(
  db: Database,
  current: PlacementRow,
  changes: Partial<PlacementValues>,
): Promise<PlacementRow | undefined> {
  const [row] = await db
    .update(placements)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${placements.version} + 1` })
    .where(and(eq(placements.id, current.id), eq(placements.version, current.version)))
    .returning();
  return row;
}

// ── What the rules read ────────────────────────────────────────────────────────────

export async function findWorkplaceStatus(db: Database, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ status: partnerWorkplaces.status })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.id, id));
  return row?.status;
}

export async function findProgramKind(db: Database, programId: string): Promise<string | undefined> {
  const [row] = await db.select({ kind: programs.kind }).from(programs).where(eq(programs.id, programId));
  return row?.kind;
}

/** The term length and maximum of the program's contract for the fiscal year, if there is one. */
export async function findContractTerms(
  db: Database,
  programId: string,
  fiscalYear: number,
): Promise<{ termMonths: number; maxTerms: number } | undefined> {
  const [row] = await db
    .select({ termMonths: contracts.termMonths, maxTerms: contracts.maxTerms })
    .from(contracts)
    .where(and(eq(contracts.programId, programId), eq(contracts.fiscalYear, fiscalYear)));
  return row;
}

/** Whether the workplace holds a certification valid on the day that covers the employment type. */
export async function hasCertification(
  db: Database,
  workplaceId: string,
  on: string,
  employmentType: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: workplaceCertifications.id })
    .from(workplaceCertifications)
    .where(
      and(
        eq(workplaceCertifications.workplaceId, workplaceId),
        lte(workplaceCertifications.validFrom, on),
        gte(workplaceCertifications.validUntil, on),
        arrayContains(workplaceCertifications.employmentTypes, [employmentType]),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Locks the participant's row until the transaction ends: placements of one person (in any case)
 * are checked for overlaps one request at a time, so two cannot both pass.
 */
export async function lockParticipant(db: Database, participantId: string): Promise<void> {
  await db
    .select({ id: participants.id })
    .from(participants)
    .where(eq(participants.id, participantId))
    .for("update");
}

/**
 * A placement of the person (any case of theirs) whose period meets [from, until]: an ended-early
 * one counts up to the day it ended, the others to their last day. `exceptId`: the one being changed.
 */
export async function findOverlap(
  db: Database,
  participantId: string,
  period: { from: string; until: string },
  exceptId?: string,
): Promise<{ workplaceName: string; startOn: string; until: string } | undefined> {
  const until = sql<string>`(case when ${placements.status} = 'ended_early' then coalesce(${placements.endedOn}, ${placements.endOn}) else ${placements.endOn} end)`;
  const [row] = await db
    .select({
      workplaceName: partnerWorkplaces.name,
      startOn: placements.startOn,
      until: sql<string>`${until}::text`,
    })
    .from(placements)
    .innerJoin(cases, eq(cases.id, placements.caseId))
    .innerJoin(partnerWorkplaces, eq(partnerWorkplaces.id, placements.workplaceId))
    .where(
      and(
        eq(cases.participantId, participantId),
        exceptId ? ne(placements.id, exceptId) : undefined,
        lte(placements.startOn, period.until),
        sql`${until} >= ${period.from}`,
      ),
    )
    .orderBy(placements.startOn)
    .limit(1);
  return row;
}
