import type {
  createParticipantInputSchema,
  findParticipantsQuerySchema,
  Participant,
  participantProfileSchema,
  updateParticipantInputSchema,
} from "@otagai/shared/support/participants";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { findConsents } from "./consents.repository.ts";
import { participantKeysOf } from "./participant-keys.ts";
import { checkDuplicates } from "./participants.duplicate-check.ts";
import { presentParticipant, presentParticipantSummary } from "./participants.presenter.ts";
import * as repository from "./participants.repository.ts";

type FindParticipants = z.output<typeof findParticipantsQuerySchema>;
type CreateParticipant = z.output<typeof createParticipantInputSchema>;
type UpdateParticipant = z.output<typeof updateParticipantInputSchema>;
type Profile = z.output<typeof participantProfileSchema>;

/** Re-exported for the merge and duplicate finder files, which import it from here. */
export { todayInJapan };

const profileFields = [
  "familyName",
  "givenName",
  "familyNameKana",
  "givenNameKana",
  "birthDate",
  "gender",
  "nationality",
  "preferredLanguage",
  "phone",
  "email",
  "postalCode",
  "address",
  "emergencyContactName",
  "emergencyContactRelation",
  "emergencyContactPhone",
  "referralSource",
  "notes",
] as const satisfies readonly (keyof Profile)[];

export async function findParticipants(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  query: FindParticipants,
) {
  const today = todayInJapan();
  const { rows, total, totalCapped } = await repository.findParticipants(db, scope, query, today);
  // A list of people is a read of each person it shows (and so is a search result).
  await recordAuditNow(db, actor, {
    action: "read",
    entity: "participant",
    recordIds: rows.map((row) => row.id),
  });
  return {
    items: rows.map((row) => presentParticipantSummary(row, row.cases, today)),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function presentWithDetails(
  db: Database,
  scope: AccessScope,
  row: repository.ParticipantRow,
  survivorId: string | null,
): Promise<Participant> {
  // A tombstone's cases and consents moved to its survivor: its page only says where to go.
  const live = row.mergedIntoId === null;
  const [cases, consents] = live
    ? await Promise.all([repository.findCaseSummaries(db, scope, [row.id]), findConsents(db, row.id)])
    : [new Map(), []];
  return presentParticipant(row, { cases: cases.get(row.id) ?? [], consents, survivorId }, todayInJapan());
}

export async function getParticipant(db: Database, actor: Actor, scope: AccessScope, id: string) {
  const found = await repository.getParticipantOrTombstone(db, scope, id);
  if (!found) throw new AppError("NOT_FOUND");
  await recordAuditNow(db, actor, { action: "read", entity: "participant", recordId: id });
  return presentWithDetails(db, scope, found.row, found.survivorId);
}

/**
 * Registers a person. Likely duplicates are looked for first: with any, nothing is saved (409
 * DUPLICATE_SUSPECTED; the form shows them from the duplicate check) unless the user gave a reason
 * to save anyway, which the audit entry keeps with the matches they saw.
 */
export async function createParticipant(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  input: CreateParticipant,
): Promise<Participant> {
  const { duplicateOverride, ...profile } = input;
  return db.transaction(async (tx) => {
    if (!duplicateOverride) {
      const duplicates = await checkDuplicates(tx, scope, profile, todayInJapan());
      if (duplicates.matches.length > 0 || duplicates.hiddenMatches > 0)
        throw new AppError("DUPLICATE_SUSPECTED");
    }
    const row = await repository.insertParticipant(tx, {
      ...profile,
      ...participantKeysOf(profile),
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "participant",
      recordId: row.id,
      changedFields: profileFields.filter((field) => profile[field] !== "" && profile[field] !== null),
      ...(duplicateOverride
        ? {
            detail: {
              duplicateOverride: { reason: duplicateOverride.reason, matchIds: duplicateOverride.matchIds },
            },
          }
        : {}),
    });
    return presentParticipant(row, { cases: [], consents: [], survivorId: null }, todayInJapan());
  });
}

/** Edits the profile (version-checked); the search keys follow the name, reading and phone. */
export async function updateParticipant(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: UpdateParticipant,
): Promise<Participant> {
  return db.transaction(async (tx) => {
    const current = await repository.getVisibleParticipant(tx, scope, id, { forUpdate: true });
    if (!current) {
      // A record merged away since the editor loaded it: someone else changed it first.
      const found = await repository.getParticipantOrTombstone(tx, scope, id);
      throw new AppError(found ? "STALE_UPDATE" : "NOT_FOUND");
    }
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const changes: Partial<Profile> = {};
    for (const field of profileFields) {
      const value = input[field];
      if (value !== undefined && value !== current[field]) Object.assign(changes, { [field]: value });
    }
    const changedFields = Object.keys(changes);
    // Nothing really changed: no new version, no audit entry.
    if (changedFields.length === 0) return presentWithDetails(tx, scope, current, null);
    const next = { ...current, ...changes };
    const updated = await repository.updateParticipant(tx, scope, current, {
      ...changes,
      ...participantKeysOf(next),
    });
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, { action: "update", entity: "participant", recordId: id, changedFields });
    return presentWithDetails(tx, scope, updated, null);
  });
}

/** The duplicate check of the registration form; the matches it names are people shown, so audited. */
export async function checkParticipantDuplicates(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  input: Parameters<typeof checkDuplicates>[2],
) {
  const result = await checkDuplicates(db, scope, input, todayInJapan());
  if (result.matches.length > 0)
    await recordAuditNow(db, actor, {
      action: "read",
      entity: "participant",
      recordIds: result.matches.map((match) => match.participant.id),
    });
  return result;
}
