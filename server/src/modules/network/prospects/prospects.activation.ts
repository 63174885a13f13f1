import type { ActivatedProspect } from "@otagai/shared/network/prospects";
import { createWorkplaceInputSchema, type WorkKind } from "@otagai/shared/support/workplaces";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { insertWorkplace, workplaceKeysOf } from "../../support/workplaces/workplaces.repository.ts";
import { identityOf } from "./prospects.presenter.ts";
import * as repository from "./prospects.repository.ts";
import { prospectEntity, prospectView, requireProspect } from "./prospects.service.ts";

const workplaceEntity = "workplace";

/**
 * An agreed prospect becomes an active partner workplace without retyping: one transaction makes
 * the workplace (through the support module's repository, its keys and checks) from the prospect's
 * identity, contact, work kinds and the agreement's trainee capacity, linked to the member
 * organization when the prospect is one (one organization, two roles), and sets the prospect active.
 * Twice, or for a member already a workplace, answers 409.
 */
export async function activateProspect(
  db: Database,
  actor: Actor & { id: string },
  id: string,
  input: { version: number },
): Promise<ActivatedProspect> {
  return db.transaction(async (tx) => {
    const current = await requireProspect(tx, id, { forUpdate: true });
    if (current.workplaceId)
      throw new AppError("CONFLICT", [
        { path: "body", code: "activated", messageKey: "prospectAlreadyActivated" },
      ]);
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    if (current.stage !== "agreed" || !current.agreedOn || current.traineeCapacity === null)
      throw new AppError("CONFLICT", [{ path: "body", code: "not_agreed", messageKey: "prospectNotAgreed" }]);
    if (
      current.memberOrganizationId &&
      (await repository.findWorkplaceOfMember(tx, current.memberOrganizationId))
    )
      throw new AppError("CONFLICT", [
        { path: "body", code: "member_workplace", messageKey: "prospectMemberAlreadyWorkplace" },
      ]);
    // The workplace schema's defaults and rules (a stored prospect's values already meet them).
    const parsed = createWorkplaceInputSchema.safeParse({
      ...identityOf(current),
      contactName: current.contactName,
      contactPhone: current.contactPhone,
      contactEmail: current.contactEmail,
      workKinds: current.workKinds as WorkKind[],
      traineeCapacity: current.traineeCapacity,
      supportNotes: current.agreementScope,
      status: "active",
    });
    if (!parsed.success)
      throw new AppError(
        "VALIDATION_FAILED",
        parsed.error.issues.map((issue) => ({
          path: `body.${issue.path.join(".")}`,
          code: issue.code,
          messageKey: "prospectWorkplaceIncomplete",
        })),
      );
    const profile = parsed.data;
    const workplace = await insertWorkplace(tx, {
      ...profile,
      ...workplaceKeysOf(profile),
      memberOrganizationId: current.memberOrganizationId,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: workplaceEntity,
      recordId: workplace.id,
      changedFields: ["name", "nameKana", "workKinds", "traineeCapacity", "status", "memberOrganizationId"],
    });
    const updated = await repository.updateProspect(tx, current, {
      stage: "active",
      workplaceId: workplace.id,
    });
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "transition",
      entity: prospectEntity,
      recordId: id,
      changedFields: ["stage", "workplaceId"],
    });
    return {
      prospect: await prospectView(tx, await requireProspect(tx, id)),
      workplace: { id: workplace.id, name: workplace.name },
    };
  });
}
