import type {
  AddEvidenceInput,
  findPolicyIssuesQuerySchema,
  PolicyIssueDetail,
  policyIssueInputSchema,
  updatePolicyIssueInputSchema,
} from "@otagai/shared/network/proposals";
import type { z } from "zod";
import { type AccessScope, scopeMay } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import * as repository from "./issues.repository.ts";
import { presentEvidence, presentPolicyIssue } from "./proposals.presenter.ts";
import { getProposal, touchProposal } from "./proposals.repository.ts";

type FindPolicyIssues = z.output<typeof findPolicyIssuesQuerySchema>;
type PolicyIssueInput = z.output<typeof policyIssueInputSchema>;
type UpdatePolicyIssue = z.output<typeof updatePolicyIssueInputSchema>;

export const policyIssueEntity = "policy_issue";

/** Issues and their evidence name nobody (evidence is shown without personal details): not audited reads. */
export async function findPolicyIssues(db: Database, query: FindPolicyIssues) {
  const { rows, total, totalCapped } = await repository.findPolicyIssues(db, query);
  return {
    items: rows.map(presentPolicyIssue),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function requireIssue(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getPolicyIssue(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

async function issueDetail(db: Database, id: string): Promise<PolicyIssueDetail> {
  const row = await requireIssue(db, id);
  const evidence = await repository.findEvidence(db, id);
  return { ...presentPolicyIssue(row), evidence: evidence.map(presentEvidence) };
}

export function getPolicyIssue(db: Database, id: string): Promise<PolicyIssueDetail> {
  return issueDetail(db, id);
}

export async function createPolicyIssue(
  db: Database,
  actor: Actor & { id: string },
  input: PolicyIssueInput,
): Promise<PolicyIssueDetail> {
  return db.transaction(async (tx) => {
    const { id } = await repository.insertPolicyIssue(tx, { ...input, createdBy: actor.id });
    await recordAudit(tx, actor, {
      action: "create",
      entity: policyIssueEntity,
      recordId: id,
      changedFields: Object.keys(input).filter((field) => input[field as keyof PolicyIssueInput] !== ""),
    });
    return issueDetail(tx, id);
  });
}

export async function updatePolicyIssue(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdatePolicyIssue,
): Promise<PolicyIssueDetail> {
  return db.transaction(async (tx) => {
    const current = await requireIssue(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const changes = Object.fromEntries(
      Object.entries(input.issue).filter(
        ([field, value]) => current[field as keyof PolicyIssueInput] !== value,
      ),
    );
    if (Object.keys(changes).length === 0) return issueDetail(tx, id);
    if (!(await repository.updatePolicyIssue(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: policyIssueEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return issueDetail(tx, id);
  });
}

/** Puts the issue into a proposal (which must exist) or takes it out; both proposals get a new version. */
export async function assignPolicyIssue(
  db: Database,
  actor: Actor,
  id: string,
  input: { proposalId: string | null; version: number },
): Promise<PolicyIssueDetail> {
  return db.transaction(async (tx) => {
    const current = await requireIssue(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    if (current.proposalId === input.proposalId) return issueDetail(tx, id);
    if (input.proposalId && !(await getProposal(tx, input.proposalId)))
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.proposalId", code: "not_found", messageKey: "invalidOption" },
      ]);
    if (!(await repository.updatePolicyIssue(tx, current, { proposalId: input.proposalId })))
      throw new AppError("STALE_UPDATE");
    for (const proposalId of [current.proposalId, input.proposalId])
      if (proposalId) await touchProposal(tx, proposalId);
    await recordAudit(tx, actor, {
      action: "update",
      entity: policyIssueEntity,
      recordId: id,
      changedFields: ["proposalId"],
    });
    return issueDetail(tx, id);
  });
}

/**
 * Links a consultation or a case as evidence: only one the caller may read (the role's permission and
 * the record's policy); any other answers 404, as a record that does not exist.
 */
export async function addEvidence(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  id: string,
  input: AddEvidenceInput,
): Promise<PolicyIssueDetail> {
  return db.transaction(async (tx) => {
    await requireIssue(tx, id, { forUpdate: true });
    const reached = input.consultationId
      ? scopeMay(scope, "consultations.read") &&
        (await repository.consultationReached(tx, scope, input.consultationId))
      : input.caseId !== undefined &&
        scopeMay(scope, "cases.read") &&
        (await repository.caseReached(tx, scope, input.caseId));
    if (!reached) throw new AppError("NOT_FOUND");
    const added = await repository.insertEvidence(tx, {
      issueId: id,
      consultationId: input.consultationId ?? null,
      caseId: input.consultationId ? null : (input.caseId ?? null),
      addedBy: actor.id,
    });
    // Said, not ignored: the person linking it learns it was there already.
    if (!added) throw new AppError("ALREADY_EVIDENCE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: policyIssueEntity,
      recordId: id,
      changedFields: ["evidence"],
    });
    return issueDetail(tx, id);
  });
}

export async function removeEvidence(
  db: Database,
  actor: Actor,
  id: string,
  evidenceId: string,
): Promise<PolicyIssueDetail> {
  return db.transaction(async (tx) => {
    await requireIssue(tx, id, { forUpdate: true });
    if (!(await repository.deleteEvidence(tx, id, evidenceId))) throw new AppError("NOT_FOUND");
    await recordAudit(tx, actor, {
      action: "update",
      entity: policyIssueEntity,
      recordId: id,
      changedFields: ["evidence"],
    });
    return issueDetail(tx, id);
  });
}
