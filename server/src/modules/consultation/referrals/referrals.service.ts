import {
  type CreatedReferral,
  type Referral,
  type ReferralConsentStatus,
  type ReferralConsents,
  type ReferralStatus,
  type referralConsentsQuerySchema,
  type referralInputSchema,
  referralNextStatuses,
  type updateReferralInputSchema,
} from "@otagai/shared/consultation/referrals";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { getCaseSummary } from "../../support/cases/cases.repository.ts";
import { recordConsent } from "../../support/participants/consents.service.ts";
import { consultationEntity, requireConsultation } from "../consultations.service.ts";
import { getAdvisor, getAgency } from "./directory.repository.ts";
import { presentReferral } from "./referrals.presenter.ts";
import * as repository from "./referrals.repository.ts";

type ReferralInput = z.output<typeof referralInputSchema>;
type UpdateReferral = z.output<typeof updateReferralInputSchema>;

export const referralEntity = "referral";

/** Where a referral is made from: a consultation or a case (each checked by its own policy). */
export type ReferralSource = { kind: "consultation"; id: string } | { kind: "case"; id: string };

type ResolvedSource = {
  consultationId: string | null;
  caseId: string | null;
  participantId: string | null;
  consultationStatus?: string;
};

/** The source when the user reaches it (404 otherwise), with the person it concerns. */
async function resolveSource(
  db: Database,
  scope: AccessScope,
  source: ReferralSource,
  options: { forUpdate?: boolean } = {},
): Promise<ResolvedSource> {
  if (source.kind === "consultation") {
    const row = await requireConsultation(db, scope, source.id, options);
    return {
      consultationId: row.id,
      // Registered from this consultation: the referral shows on the case too.
      caseId: row.caseId,
      participantId: row.participantId,
      consultationStatus: row.status,
    };
  }
  const row = await getCaseSummary(db, scope, source.id);
  if (!row) throw new AppError("NOT_FOUND");
  return { consultationId: null, caseId: row.id, participantId: row.participantId };
}

/**
 * The names a consent's agency may give the recipient by: the agency's name; an advisor's name or
 * organization (a consent to 「○○法律事務所」 covers its lawyer). Trimmed, as the consent is compared.
 */
async function recipientOf(
  db: Database,
  ids: { agencyId?: string | null | undefined; advisorId?: string | null | undefined },
  path: string,
  options: { mustBeActive: boolean },
): Promise<{ names: string[] } | undefined> {
  if (ids.agencyId) {
    const agency = await getAgency(db, ids.agencyId);
    if (!agency || (options.mustBeActive && !agency.active)) {
      if (!options.mustBeActive) return undefined;
      throw new AppError("VALIDATION_FAILED", [
        { path: `${path}.agencyId`, code: "not_active", messageKey: "recipientNotActive" },
      ]);
    }
    return { names: [agency.name.trim()] };
  }
  if (ids.advisorId) {
    const advisor = await getAdvisor(db, ids.advisorId);
    if (!advisor || (options.mustBeActive && !advisor.active)) {
      if (!options.mustBeActive) return undefined;
      throw new AppError("VALIDATION_FAILED", [
        { path: `${path}.advisorId`, code: "not_active", messageKey: "recipientNotActive" },
      ]);
    }
    return { names: [advisor.name.trim(), advisor.organization.trim()].filter((name) => name !== "") };
  }
  return undefined;
}

async function auditListRead(db: Database, actor: Actor, rows: { id: string }[]) {
  if (rows.length > 0)
    await recordAuditNow(db, actor, {
      action: "read",
      entity: referralEntity,
      recordIds: rows.map((row) => row.id),
    });
}

/** A consultation's or a case's referrals; a list names a person, so it is audited as a read. */
export async function findReferrals(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  source: ReferralSource,
): Promise<{ items: Referral[] }> {
  await resolveSource(db, scope, source);
  const rows = await repository.findReferralsOf(
    db,
    scope,
    source.kind === "consultation" ? { consultationId: source.id } : { caseId: source.id },
  );
  await auditListRead(db, actor, rows);
  return { items: rows.map(presentReferral) };
}

async function requireReferral(db: Database, scope: AccessScope, id: string) {
  const row = await repository.getReferral(db, scope, id);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

export async function getReferral(db: Database, actor: Actor, scope: AccessScope, id: string) {
  const row = await requireReferral(db, scope, id);
  await recordAuditNow(db, actor, { action: "read", entity: referralEntity, recordId: id });
  return presentReferral(row);
}

/**
 * Before a referral: the source's person's consents in force for the agency or advisor on the day,
 * so the form can say beforehand whether details may go. An unknown recipient has none.
 */
export async function findReferralConsents(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  source: ReferralSource,
  query: z.output<typeof referralConsentsQuerySchema>,
): Promise<ReferralConsents> {
  const { participantId } = await resolveSource(db, scope, source);
  if (participantId === null) return { hasParticipant: false, consents: [] };
  const recipient = await recipientOf(db, query, "query", { mustBeActive: false });
  const consents = recipient
    ? await repository.findConsentsInForce(db, {
        participantId,
        names: recipient.names,
        on: query.on ?? todayInJapan(),
      })
    : [];
  if (consents.length > 0)
    await recordAuditNow(db, actor, {
      action: "read",
      entity: "consent",
      recordIds: consents.map((consent) => consent.id),
    });
  return { hasParticipant: true, consents };
}

/**
 * Records a referral (つなぎ) or an escalation to an advisor. Personal details go with it only on
 * the participant's consent for that recipient and purpose, in force on the referral date; without
 * one it is stored without them, and the answer says why. An open consultation becomes "referred".
 */
export async function createReferral(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  source: ReferralSource,
  input: ReferralInput,
): Promise<CreatedReferral> {
  return db.transaction(async (tx) => {
    const from = await resolveSource(tx, scope, source, { forUpdate: true });
    const recipient = await recipientOf(tx, input, "body", { mustBeActive: true });
    let consentStatus: ReferralConsentStatus = "not_requested";
    let consentId: string | null = null;
    if (input.sharePersonalData) {
      if (from.participantId === null || !recipient) consentStatus = "no_participant";
      else {
        const [consent] = await repository.findConsentsInForce(tx, {
          participantId: from.participantId,
          names: recipient.names,
          on: input.referredOn,
          purpose: input.purpose,
        });
        consentId = consent?.id ?? null;
        // Asked at the desk just now: the consent is recorded with the referral (audited as a consent).
        if (!consent && input.consentGivenNow !== null) {
          const given = await recordConsent(tx, actor, scope, from.participantId, {
            purpose: input.purpose,
            agency: recipient.names[0] ?? "",
            givenOn: input.referredOn,
            method: input.consentGivenNow,
            notes: "",
          });
          consentId = given.id;
        }
        consentStatus = consentId ? "given" : "missing";
      }
    }
    const { id } = await repository.insertReferral(tx, {
      consultationId: from.consultationId,
      caseId: from.caseId,
      participantId: from.participantId,
      agencyId: input.agencyId,
      advisorId: input.advisorId,
      purpose: input.purpose,
      reason: input.reason,
      referredOn: input.referredOn,
      status: "sent",
      statusChangedOn: input.referredOn,
      followUpOn: input.followUpOn,
      personalDataShared: consentId !== null,
      consentId,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: referralEntity,
      recordId: id,
      changedFields: [
        input.agencyId ? "agencyId" : "advisorId",
        "purpose",
        "reason",
        "referredOn",
        ...(input.followUpOn ? ["followUpOn"] : []),
        ...(consentId ? ["personalDataShared", "consentId"] : []),
      ],
    });
    if (from.consultationId && from.consultationStatus === "open") {
      if (await repository.markConsultationReferred(tx, from.consultationId))
        await recordAudit(tx, actor, {
          action: "update",
          entity: consultationEntity,
          recordId: from.consultationId,
          changedFields: ["status"],
        });
    }
    return {
      referral: presentReferral(await requireReferral(tx, scope, id)),
      consent: { status: consentStatus },
    };
  });
}

/** Moves the status one step (recording the day), or corrects the result and follow-up (version-checked). */
export async function updateReferral(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: UpdateReferral,
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const current = await repository.lockReferral(tx, scope, id);
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const changes: Partial<repository.ReferralValues> = {};
    if (input.status !== current.status) {
      const allowed = referralNextStatuses[current.status as ReferralStatus] ?? [];
      if (!allowed.includes(input.status))
        throw new AppError("VALIDATION_FAILED", [
          { path: "body.status", code: "not_allowed", messageKey: "referralStatusNotAllowed" },
        ]);
      changes.status = input.status;
      changes.statusChangedOn = todayInJapan();
    }
    if (input.result !== undefined && input.result !== current.result) changes.result = input.result;
    if (input.followUpOn !== undefined && input.followUpOn !== current.followUpOn)
      changes.followUpOn = input.followUpOn;
    if (Object.keys(changes).length > 0) {
      if (!(await repository.updateReferral(tx, current, changes))) throw new AppError("STALE_UPDATE");
      await recordAudit(tx, actor, {
        action: "update",
        entity: referralEntity,
        recordId: id,
        changedFields: Object.keys(changes),
      });
    }
    return presentReferral(await requireReferral(tx, scope, id));
  });
}
