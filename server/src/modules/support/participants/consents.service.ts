import type {
  Consent,
  createConsentInputSchema,
  withdrawConsentInputSchema,
} from "@otagai/shared/support/participants";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import * as consents from "./consents.repository.ts";
import { presentConsent } from "./participants.presenter.ts";
import { getVisibleParticipant } from "./participants.repository.ts";

type CreateConsent = z.output<typeof createConsentInputSchema>;
type WithdrawConsent = z.output<typeof withdrawConsentInputSchema>;

/** Records a consent, per purpose and receiving agency, given on a date in writing or verbally. */
export async function recordConsent(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  participantId: string,
  input: CreateConsent,
): Promise<Consent> {
  return db.transaction(async (tx) => {
    if (!(await getVisibleParticipant(tx, scope, participantId))) throw new AppError("NOT_FOUND");
    const row = await consents.insertConsent(tx, { participantId, ...input, createdBy: actor.id });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "consent",
      recordId: row.id,
      changedFields: ["purpose", "agency", "givenOn", "method", ...(input.notes ? ["notes"] : [])],
    });
    return presentConsent(row);
  });
}

/** Withdraws a consent from a date on or after the day it was given (version-checked). */
export async function withdrawConsent(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  consentId: string,
  input: WithdrawConsent,
): Promise<Consent> {
  return db.transaction(async (tx) => {
    const current = await consents.getVisibleConsent(tx, scope, consentId);
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    if (input.withdrawnOn < current.givenOn)
      throw new AppError("VALIDATION_FAILED", [
        {
          path: "body.withdrawnOn",
          code: "before_given",
          messageKey: "withdrawalBeforeConsent",
          params: { givenOn: current.givenOn },
        },
      ]);
    if (current.withdrawnOn === input.withdrawnOn) return presentConsent(current);
    const row = await consents.withdrawConsent(tx, consentId, current.version, input.withdrawnOn);
    if (!row) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: "consent",
      recordId: consentId,
      changedFields: ["withdrawnOn"],
    });
    return presentConsent(row);
  });
}

/**
 * Whether a participant consented to `purpose` for `agency` on the day `on` ("YYYY-MM-DD"): given
 * on or before it and not withdrawn by then; a consent recorded without an agency covers any. For
 * the desk's referrals and any sharing (issue 12), which must check before they send anything.
 */
export function hasConsent(
  db: Database,
  participantId: string,
  check: { purpose: string; agency: string; on: string },
): Promise<boolean> {
  return consents.findConsentInForce(db, participantId, check.purpose, check.agency, check.on);
}
