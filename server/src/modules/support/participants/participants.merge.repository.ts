import { and, eq, isNull, sql } from "drizzle-orm";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
// The desk's records name a participant too (every table referencing participants.id is here).
import { appointments } from "../../consultation/appointments/appointments.tables.ts";
import { consultations } from "../../consultation/consultations.tables.ts";
import { referrals } from "../../consultation/referrals/referrals.tables.ts";
import { activityOfVisibleParticipantVisibleTo } from "../activities/activities.policy.ts";
import { activities } from "../activities/activities.tables.ts";
import { cases } from "../cases/cases.tables.ts";
import type { ParticipantRow } from "./participants.repository.ts";
import { consents, participantSensitive, participants } from "./participants.tables.ts";

/** The activities of a participant (already known visible) that the user may see. */
export async function countVisibleActivities(
  db: Database,
  scope: AccessScope,
  participantId: string,
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(activities)
    .where(and(eq(activities.participantId, participantId), activityOfVisibleParticipantVisibleTo(scope)));
  return Number(row?.count ?? 0);
}

/**
 * Everything that belongs to a person moves to the survivor: every case and activity (those of
 * programs the user does not see too: nothing stays behind on a tombstone), every consent, and the
 * desk's consultations, referrals and appointments naming them.
 * The records keep their ids and versions; only whose they are changes.
 */
export async function moveRecords(db: Database, fromId: string, toId: string) {
  const repoint = async (table: RecordsOfAParticipant): Promise<string[]> => {
    // One statement per table; the union of table types is more than drizzle's update() can type.
    const owned = table as typeof cases;
    const rows = await db
      .update(owned)
      .set({ participantId: toId })
      .where(eq(owned.participantId, fromId))
      .returning({ id: owned.id });
    return rows.map((row) => row.id);
  };
  return {
    caseIds: await repoint(cases),
    activityIds: await repoint(activities),
    consentIds: await repoint(consents),
    // The desk's: left on the tombstone, they would leave the survivor's programs' users (and reach
    // only the tombstone's registrant: the policies follow the participant).
    consultationIds: await repoint(consultations),
    referralIds: await repoint(referrals),
    appointmentIds: await repoint(appointments),
  };
}

/** Every table whose rows name a participant by `participant_id` and move with a merge. */
type RecordsOfAParticipant =
  | typeof cases
  | typeof activities
  | typeof consents
  | typeof consultations
  | typeof referrals
  | typeof appointments;

/** The merged-away person's sensitive section becomes the survivor's (who has none). */
export async function moveSensitiveSection(db: Database, fromId: string, toId: string): Promise<void> {
  await db
    .update(participantSensitive)
    .set({ participantId: toId })
    .where(eq(participantSensitive.participantId, fromId));
}

/** Dropped once its values are in the merge's audit entry (the survivor keeps its own). */
export async function deleteSensitiveSection(db: Database, participantId: string): Promise<void> {
  await db.delete(participantSensitive).where(eq(participantSensitive.participantId, participantId));
}

/** The merged-away record becomes a tombstone pointing to the survivor (version-checked). */
export async function markMerged(
  db: Database,
  merged: ParticipantRow,
  survivorId: string,
): Promise<ParticipantRow | undefined> {
  const [row] = await db
    .update(participants)
    .set({ mergedIntoId: survivorId, updatedAt: sql`now()`, version: sql`${participants.version} + 1` })
    .where(
      and(
        eq(participants.id, merged.id),
        eq(participants.version, merged.version),
        isNull(participants.mergedIntoId),
      ),
    )
    .returning();
  return row;
}

/** Earlier tombstones of the merged-away record point straight to the survivor (one hop to redirect). */
export async function repointTombstones(db: Database, fromId: string, toId: string): Promise<void> {
  await db.update(participants).set({ mergedIntoId: toId }).where(eq(participants.mergedIntoId, fromId));
}

/**
 * "Not a duplicate" decisions about the merged-away person hold for the survivor too (they are one
 * person): copied to the survivor's pairs, the originals kept. A decision about these two goes.
 */
export async function copyDismissals(db: Database, fromId: string, toId: string): Promise<number> {
  const result = await db.execute(sql`
    insert into duplicate_dismissals (participant_id, other_id, decided_by, decided_at)
    select least(${toId}::uuid, x.other), greatest(${toId}::uuid, x.other), x.decided_by, x.decided_at
    from (
      select case when participant_id = ${fromId}::uuid then other_id else participant_id end as other,
        decided_by, decided_at
      from duplicate_dismissals
      where participant_id = ${fromId}::uuid or other_id = ${fromId}::uuid
    ) x
    where x.other <> ${toId}::uuid
    on conflict do nothing
    returning participant_id`);
  const rows = Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  return rows.length;
}
