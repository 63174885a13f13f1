import {
  type MergeField,
  type MergePreview,
  mergeFields,
  type mergeParticipantInputSchema,
} from "@otagai/shared/support/duplicates";
import type { Participant } from "@otagai/shared/support/participants";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { findConsents } from "./consents.repository.ts";
import { participantKeysOf } from "./participant-keys.ts";
import * as merges from "./participants.merge.repository.ts";
import { presentParticipant } from "./participants.presenter.ts";
import * as participants from "./participants.repository.ts";
import { getSensitiveSection } from "./sensitive-section.repository.ts";

type MergeInput = z.output<typeof mergeParticipantInputSchema>;
type ParticipantRow = participants.ParticipantRow;

/** The largest number of moved activity ids the audit entry lists (beyond it, their number). */
const maxListedActivities = 1000;

/**
 * Why a record cannot take part: a tombstone the user reaches (through its survivor) is "already
 * merged"; anything else the user cannot see is not found, as anywhere else (ADR 014).
 */
async function missingRecordError(db: Database, scope: AccessScope, id: string): Promise<AppError> {
  const found = await participants.getParticipantOrTombstone(db, scope, id);
  return new AppError(found?.row.mergedIntoId ? "ALREADY_MERGED" : "NOT_FOUND");
}

async function presentLive(db: Database, scope: AccessScope, row: ParticipantRow): Promise<Participant> {
  const [cases, consents] = await Promise.all([
    participants.findCaseSummaries(db, scope, [row.id]),
    findConsents(db, row.id),
  ]);
  return presentParticipant(
    row,
    { cases: cases.get(row.id) ?? [], consents, survivorId: null },
    todayInJapan(),
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a ?? "") === (b ?? "");
}

/**
 * Both records side by side, for choosing field by field. Both must be live records the user may
 * see. Whether each has a sensitive section is said only to those who may see sections (never
 * their values). Both people are shown: audited as a read of each.
 */
export async function getMergePreview(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  options: { mayReadSensitive: boolean },
  id: string,
  otherId: string,
): Promise<MergePreview> {
  if (id === otherId) throw new AppError("SAME_RECORD");
  const survivor = await participants.getVisibleParticipant(db, scope, id);
  if (!survivor) throw await missingRecordError(db, scope, id);
  const other = await participants.getVisibleParticipant(db, scope, otherId);
  if (!other) throw await missingRecordError(db, scope, otherId);
  const side = async (row: ParticipantRow) => ({
    participant: await presentLive(db, scope, row),
    activityCount: await merges.countVisibleActivities(db, scope, row.id),
    hasSensitiveSection: options.mayReadSensitive
      ? (await getSensitiveSection(db, row.id)) !== undefined
      : null,
  });
  const preview: MergePreview = {
    participant: await side(survivor),
    other: await side(other),
    differingFields: mergeFields.filter((field) => !sameValue(survivor[field], other[field])),
  };
  await recordAuditNow(db, actor, { action: "read", entity: "participant", recordIds: [id, otherId] });
  return preview;
}

/** The values of a profile, by field (what the audit entry keeps). */
function profileValues(row: ParticipantRow, fields: readonly MergeField[] = mergeFields) {
  return Object.fromEntries(fields.map((field) => [field, row[field]]));
}

/**
 * Merges `input.otherId` into `survivorId`, in one transaction: the survivor takes the chosen
 * values (its search keys recomputed), every case, activity and consent of the other moves to it,
 * and so does the other's sensitive section when the survivor has none (when both have one, the
 * survivor's stays and the other's values go into the audit entry). The other becomes a tombstone
 * pointing to the survivor: gone from lists and searches, its address answering mergedIntoId.
 * The audit entry (action merge, both ids) holds every value of the merged-away record, and the
 * survivor's values it replaced: nothing is lost.
 */
export async function mergeParticipants(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  survivorId: string,
  input: MergeInput,
): Promise<Participant> {
  const otherId = input.otherId;
  if (survivorId === otherId) throw new AppError("SAME_RECORD");
  return db.transaction(async (tx) => {
    // Locked in id order, so two merges of the same records cannot wait on each other.
    const locked = new Map<string, ParticipantRow>();
    for (const id of [survivorId, otherId].sort()) {
      const row = await participants.getVisibleParticipant(tx, scope, id, { forUpdate: true });
      if (row) locked.set(id, row);
    }
    const survivor = locked.get(survivorId);
    if (!survivor) throw await missingRecordError(tx, scope, survivorId);
    const other = locked.get(otherId);
    if (!other) throw await missingRecordError(tx, scope, otherId);
    if (survivor.version !== input.version || other.version !== input.otherVersion)
      throw new AppError("STALE_UPDATE");

    const taken = mergeFields.filter(
      (field) => input.keep[field] === "other" && !sameValue(survivor[field], other[field]),
    );
    const changes = Object.fromEntries(taken.map((field) => [field, other[field]]));
    const next = { ...survivor, ...changes };
    const updated = await participants.updateParticipant(tx, scope, survivor, {
      ...changes,
      ...participantKeysOf(next),
    });
    if (!updated) throw new AppError("STALE_UPDATE");

    const moved = await merges.moveRecords(tx, other.id, survivor.id);
    const survivorSection = await getSensitiveSection(tx, survivor.id);
    const otherSection = await getSensitiveSection(tx, other.id);
    let sensitive: Record<string, unknown> | null = null;
    if (otherSection && !survivorSection) {
      await merges.moveSensitiveSection(tx, other.id, survivor.id);
      sensitive = { outcome: "moved" };
    } else if (otherSection) {
      await merges.deleteSensitiveSection(tx, other.id);
      const { participantId: _participantId, updatedAt, ...values } = otherSection;
      sensitive = {
        outcome: "survivorKept",
        mergedSection: { ...values, updatedAt: updatedAt.toISOString() },
      };
    }
    const tombstone = await merges.markMerged(tx, other, survivor.id);
    if (!tombstone) throw new AppError("STALE_UPDATE");
    await merges.repointTombstones(tx, other.id, survivor.id);
    const dismissalsCopied = await merges.copyDismissals(tx, other.id, survivor.id);

    await recordAudit(tx, actor, {
      action: "merge",
      entity: "participant",
      recordId: survivor.id,
      recordIds: [survivor.id, other.id],
      changedFields: taken,
      detail: {
        survivorId: survivor.id,
        mergedId: other.id,
        merged: {
          ...profileValues(other),
          createdBy: other.createdBy,
          createdAt: other.createdAt.toISOString(),
          updatedAt: other.updatedAt.toISOString(),
          version: other.version,
        },
        survivorReplaced: profileValues(survivor, taken),
        moved: {
          caseIds: moved.caseIds,
          consentIds: moved.consentIds,
          consultationIds: moved.consultationIds,
          referralIds: moved.referralIds,
          appointmentIds: moved.appointmentIds,
          activityCount: moved.activityIds.length,
          ...(moved.activityIds.length <= maxListedActivities ? { activityIds: moved.activityIds } : {}),
        },
        sensitive,
        dismissalsCopied,
      },
    });
    return presentLive(tx, scope, updated);
  });
}
