import type {
  Consultation,
  registerFromConsultationInputSchema,
} from "@otagai/shared/consultation/consultations";
import type { z } from "zod";
import type { AccessScope } from "../../platform/access/access-scope.ts";
import { type Actor, recordAudit } from "../../platform/audit/audit.ts";
import type { Database } from "../../platform/db/client.ts";
import { AppError } from "../../platform/http/app-error.ts";
import { openCase } from "../support/cases/cases.service.ts";
import { createParticipant } from "../support/participants/participants.service.ts";
import { presentConsultation } from "./consultations.presenter.ts";
import * as repository from "./consultations.repository.ts";
import { consultationEntity, requireConsultation } from "./consultations.service.ts";

type RegisterFromConsultation = z.output<typeof registerFromConsultationInputSchema>;

/** The services' field paths ("body.programId") as this request's ("body.case.programId"). */
async function withFieldsUnder<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || error.fields.length === 0) throw error;
    throw new AppError(
      error.code,
      error.fields.map((field) => ({ ...field, path: field.path.replace(/^body\./, `${prefix}.`) })),
      error.messageParams,
      error.headers,
      error.details,
    );
  }
}

/**
 * "Register as a participant and open a case" from a consultation, in one transaction: the
 * participant through the participants' own registration (its duplicate warning included: 409
 * DUPLICATE_SUSPECTED unless a reason to save anyway is given), the case through the cases' own
 * opening (its checks of program, stream and lead), then the consultation names both. The desk's
 * consultant registers people only this way (no participants.write or cases.write of their own).
 */
export async function registerFromConsultation(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  id: string,
  input: RegisterFromConsultation,
): Promise<Consultation> {
  return db.transaction(async (tx) => {
    const current = await requireConsultation(tx, scope, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    if (current.caseId !== null)
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.case", code: "already_registered", messageKey: "consultationAlreadyRegistered" },
      ]);
    const participant = await withFieldsUnder("body.participant", () =>
      createParticipant(tx, actor, scope, input.participant),
    );
    const opened = await withFieldsUnder("body.case", () =>
      openCase(tx, actor, scope, { ...input.case, participantId: participant.id }),
    );
    const searchKey = (await repository.getParticipantSearchKey(tx, participant.id)) ?? "";
    const changes = {
      personKind: "participant",
      participantId: participant.id,
      caseId: opened.id,
      searchKey,
    };
    if (!(await repository.updateConsultation(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: consultationEntity,
      recordId: id,
      changedFields: ["personKind", "participantId", "caseId"],
    });
    return presentConsultation(await requireConsultation(tx, scope, id));
  });
}
