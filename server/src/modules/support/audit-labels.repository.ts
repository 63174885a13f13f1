import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../platform/db/client.ts";
import { onlyUuids } from "../../platform/db/uuids.ts";
import { programs } from "../programs/programs.tables.ts";
import { activities } from "./activities/activities.tables.ts";
import { cases } from "./cases/cases.tables.ts";
import { caseFollowUps, caseOutcomes } from "./outcomes/outcomes.tables.ts";
import { consents, participants } from "./participants/participants.tables.ts";

/**
 * Names for the audit trail of records that belong to a participant: the person's name (and, for a
 * case, the program), so an entry reads as whose record it was, never as a bare id.
 */
const personName = (row: { familyName: string; givenName: string }) =>
  `${row.familyName} ${row.givenName}`.trim();

export async function findCaseNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({
      id: cases.id,
      familyName: participants.familyName,
      givenName: participants.givenName,
      program: programs.name,
    })
    .from(cases)
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .innerJoin(programs, eq(programs.id, cases.programId))
    .where(inArray(cases.id, uuids));
  return new Map(rows.map((row) => [row.id, `${personName(row)}・${row.program}`]));
}

export async function findActivityNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: activities.id, familyName: participants.familyName, givenName: participants.givenName })
    .from(activities)
    .innerJoin(participants, eq(participants.id, activities.participantId))
    .where(inArray(activities.id, uuids));
  return new Map(rows.map((row) => [row.id, personName(row)]));
}

export async function findConsentNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: consents.id, familyName: participants.familyName, givenName: participants.givenName })
    .from(consents)
    .innerJoin(participants, eq(participants.id, consents.participantId))
    .where(inArray(consents.id, uuids));
  return new Map(rows.map((row) => [row.id, personName(row)]));
}

/** An outcome (就労等の結果) by the person whose case it is. */
export async function findOutcomeNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: caseOutcomes.id, familyName: participants.familyName, givenName: participants.givenName })
    .from(caseOutcomes)
    .innerJoin(cases, eq(cases.id, caseOutcomes.caseId))
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .where(inArray(caseOutcomes.id, uuids));
  return new Map(rows.map((row) => [row.id, personName(row)]));
}

/** A retention follow-up (定着支援) by the person whose case it is. */
export async function findFollowUpNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({
      id: caseFollowUps.id,
      familyName: participants.familyName,
      givenName: participants.givenName,
    })
    .from(caseFollowUps)
    .innerJoin(caseOutcomes, eq(caseOutcomes.id, caseFollowUps.outcomeId))
    .innerJoin(cases, eq(cases.id, caseOutcomes.caseId))
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .where(inArray(caseFollowUps.id, uuids));
  return new Map(rows.map((row) => [row.id, personName(row)]));
}
