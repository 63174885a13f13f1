import type { SensitiveSection, sensitiveSectionInputSchema } from "@otagai/shared/support/participants";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { presentSensitiveSection } from "./participants.presenter.ts";
import * as repository from "./participants.repository.ts";
import * as sensitiveRepository from "./sensitive-section.repository.ts";

type SensitiveInput = z.output<typeof sensitiveSectionInputSchema>;

/** The entity name of the sensitive section in the audit trail: "who looked at whose health". */
export const sensitiveEntity = "participant_sensitive";

const sectionFields = [
  "health",
  "disability",
  "disabilityCertificate",
  "certificateGrade",
  "livelihood",
  "benefits",
  "notes",
] as const;

async function requireParticipant(db: Database, scope: AccessScope, participantId: string) {
  const participant = await repository.getVisibleParticipant(db, scope, participantId);
  if (!participant) throw new AppError("NOT_FOUND");
  return participant;
}

/** Every view is audited, one entry per view (the route needs participants.sensitive). */
export async function getSensitiveSection(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  participantId: string,
): Promise<SensitiveSection> {
  await requireParticipant(db, scope, participantId);
  const row = await sensitiveRepository.getSensitiveSection(db, participantId);
  await recordAuditNow(db, actor, { action: "read", entity: sensitiveEntity, recordId: participantId });
  return presentSensitiveSection(participantId, row);
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.join("\u0000") === b.join("\u0000") : a === b;
}

/**
 * Writes the section (version 0: the first write). The audit entry names the fields that changed,
 * never their values. public_assistance (生活保護) follows the benefits, for the reports.
 */
export async function saveSensitiveSection(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  participantId: string,
  input: SensitiveInput,
): Promise<SensitiveSection> {
  return db.transaction(async (tx) => {
    await requireParticipant(tx, scope, participantId);
    const current = await sensitiveRepository.getSensitiveSection(tx, participantId);
    if ((current?.version ?? 0) !== input.version) throw new AppError("STALE_UPDATE");
    const benefits = [...new Set(input.benefits)];
    const values = { ...input, benefits };
    const changedFields = sectionFields.filter(
      (field) => !sameValue(values[field], current?.[field] ?? emptyOf(field)),
    );
    if (current && changedFields.length === 0) return presentSensitiveSection(participantId, current);
    const written = {
      health: values.health,
      disability: values.disability,
      disabilityCertificate: values.disabilityCertificate,
      certificateGrade: values.certificateGrade,
      livelihood: values.livelihood,
      benefits,
      publicAssistance: benefits.includes("public_assistance"),
      notes: values.notes,
      updatedBy: actor.id,
    };
    const row = current
      ? await sensitiveRepository.updateSensitiveSection(tx, participantId, current.version, written)
      : await sensitiveRepository.insertSensitiveSection(tx, { participantId, ...written });
    if (!row) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: current ? "update" : "create",
      entity: sensitiveEntity,
      recordId: participantId,
      changedFields,
    });
    return presentSensitiveSection(participantId, row);
  });
}

function emptyOf(field: (typeof sectionFields)[number]): unknown {
  return field === "benefits" ? [] : "";
}
