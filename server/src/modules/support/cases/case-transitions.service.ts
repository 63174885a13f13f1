import type { Locale } from "@otagai/shared/platform/locales";
import { type CaseStatus, findTransition } from "@otagai/shared/support/case-flow";
import type { Case, transitionInputSchema } from "@otagai/shared/support/cases";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { findCaseRecords, insertClosure, insertTransition } from "./case-records.repository.ts";
import { requirementsMissing, transitionNotInFlow } from "./case-refusals.ts";
import { missingRequirements } from "./case-requirements.ts";
import { bumpCase, caseAfterChange, lockCaseForChange } from "./cases.service.ts";

type Transition = z.output<typeof transitionInputSchema>;

/**
 * Moves a case to its next step, as the one flow table allows (shared/src/support/case-flow.ts):
 * a step the table does not have, or whose requirements the case's records do not meet, is refused
 * naming what is missing. Closing carries its closure record, written in the same transaction
 * (closed_on set from it). Each move is a line on the case's timeline and an audit entry
 * (action "transition", changedFields ["from→to"]).
 */
export async function transitionCase(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  locale: Locale,
  caseId: string,
  input: Transition,
): Promise<Case> {
  return db.transaction(async (tx) => {
    const current = await lockCaseForChange(tx, scope, caseId, input.version);
    const from = current.status as CaseStatus;
    const transition = findTransition(from, input.to);
    if (!transition) throw transitionNotInFlow(locale, from, input.to);
    const closure = input.closure;
    // A closure sent with another step would be silently dropped: refused instead, so nothing typed is lost.
    if (closure && input.to !== "closed")
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.closure", code: "not_closing", messageKey: "closureOnlyWhenClosing" },
      ]);
    const missing = missingRequirements(transition, await findCaseRecords(tx, caseId), {
      closureGiven: closure !== undefined,
    });
    if (missing.length > 0) throw requirementsMissing(locale, missing);
    if (closure) {
      if (closure.closedOn < current.openedOn)
        throw new AppError("VALIDATION_FAILED", [
          {
            path: "body.closure.closedOn",
            code: "before_opened",
            messageKey: "dateBeforeOpened",
            params: { openedOn: current.openedOn },
          },
        ]);
      await insertClosure(tx, {
        caseId,
        closedOn: closure.closedOn,
        reason: closure.reason,
        outcomeSummary: closure.outcomeSummary,
        createdBy: actor.id,
      });
    }
    await bumpCase(tx, current, { status: input.to, ...(closure ? { closedOn: closure.closedOn } : {}) });
    await insertTransition(tx, {
      caseId,
      fromStatus: from,
      toStatus: input.to,
      actorId: actor.id,
      note: input.note,
    });
    await recordAudit(tx, actor, {
      action: "transition",
      entity: "case",
      recordId: caseId,
      changedFields: [`${from}→${input.to}`],
    });
    return caseAfterChange(tx, scope, caseId);
  });
}
