import type { Locale } from "@otagai/shared/platform/locales";
import { type CaseRecordKind, type CaseStatus, mayAddRecord } from "@otagai/shared/support/case-flow";
import type {
  assessmentInputSchema,
  Case,
  conferenceInputSchema,
  evaluationInputSchema,
  intakeInputSchema,
  planInputSchema,
} from "@otagai/shared/support/cases";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import * as records from "./case-records.repository.ts";
import { recordNotNow, requirementsMissing } from "./case-refusals.ts";
import { findUserStatus } from "./cases.repository.ts";
import { bumpCase, caseAfterChange, lockCaseForChange } from "./cases.service.ts";

/**
 * The records of a case's steps (相談受付, アセスメント, 支援プラン, 支援調整会議, 評価). Each is added only
 * at the steps that take it (caseRecordStatuses in shared/src/support/case-flow.ts), on the case
 * locked and version-checked; each gives the case a new version and an audit entry (entity "case",
 * the record's kind as the changed field) in the same transaction, and answers the whole case.
 */
type Intake = z.output<typeof intakeInputSchema>;
type Assessment = z.output<typeof assessmentInputSchema>;
type Plan = z.output<typeof planInputSchema>;
type Conference = z.output<typeof conferenceInputSchema>;
type Evaluation = z.output<typeof evaluationInputSchema>;

type StepContext = { db: Database; actor: Actor; scope: AccessScope; locale: Locale };

async function changeStep(
  context: StepContext,
  caseId: string,
  kind: CaseRecordKind,
  /** The case's version the editor loaded; the intake checks its own version instead. */
  version: number | undefined,
  write: (tx: Database, current: Awaited<ReturnType<typeof lockCaseForChange>>) => Promise<string[]>,
): Promise<Case> {
  return context.db.transaction(async (tx) => {
    const current = await lockCaseForChange(tx, context.scope, caseId, version);
    if (!mayAddRecord(kind, current.status as CaseStatus))
      throw recordNotNow(context.locale, kind, current.status as CaseStatus);
    const changedFields = await write(tx, current);
    await bumpCase(tx, current);
    await recordAudit(tx, context.actor, {
      action: "update",
      entity: "case",
      recordId: caseId,
      changedFields,
    });
    return caseAfterChange(tx, context.scope, caseId);
  });
}

const intakeFields = [
  "receivedOn",
  "receivedById",
  "howCame",
  "accompaniedBy",
  "concernTopics",
  "pressingTopic",
  "urgency",
  "screeningRoute",
  "notes",
] as const;

/**
 * The intake (相談受付・申込票), written once (version 0) and corrected while the case is open
 * (the intake's own version). Who received it defaults to the person writing it down.
 */
export function saveIntake(context: StepContext, caseId: string, input: Intake): Promise<Case> {
  return changeStep(context, caseId, "intake", undefined, async (tx) => {
    const receivedById = input.receivedById ?? context.actor.id;
    if (receivedById && !(await findUserStatus(tx, receivedById)))
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.receivedById", code: "not_found", messageKey: "invalidOption" },
      ]);
    const before = input.version === 0 ? undefined : await records.findIntake(tx, caseId);
    const values = {
      receivedOn: input.receivedOn,
      receivedBy: receivedById,
      howCame: input.howCame,
      accompaniedBy: input.accompaniedBy,
      concernTopics: input.concernTopics,
      pressingTopic: input.pressingTopic,
      urgency: input.urgency,
      screeningRoute: input.screeningRoute,
      notes: input.notes,
    };
    const saved = await records.saveIntake(tx, caseId, values, input.version);
    if (!saved) throw new AppError("STALE_UPDATE");
    if (!before) return ["intake"];
    const previous: Record<(typeof intakeFields)[number], unknown> = {
      ...before,
      receivedById: before.receivedBy,
    };
    const next: Record<(typeof intakeFields)[number], unknown> = { ...values, receivedById };
    return intakeFields
      .filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(next[field]))
      .map((field) => `intake.${field}`);
  });
}

export function addAssessment(context: StepContext, caseId: string, input: Assessment): Promise<Case> {
  return changeStep(context, caseId, "assessment", input.version, async (tx) => {
    await records.insertAssessment(tx, {
      caseId,
      assessedOn: input.assessedOn,
      areas: input.areas,
      summary: input.summary,
      createdBy: context.actor.id,
    });
    return ["assessment"];
  });
}

/** A new version of the support plan; the earlier ones stay as they were. */
export function addPlan(context: StepContext, caseId: string, input: Plan): Promise<Case> {
  if (input.reviewOn < input.madeOn)
    throw new AppError("VALIDATION_FAILED", [
      { path: "body.reviewOn", code: "before_made", messageKey: "dateBeforeMade" },
    ]);
  return changeStep(context, caseId, "plan", input.version, async (tx) => {
    await records.insertPlan(tx, {
      caseId,
      madeOn: input.madeOn,
      reviewOn: input.reviewOn,
      agreedOn: input.agreedOn,
      goals: input.goals,
      notes: input.notes,
      createdBy: context.actor.id,
    });
    return ["plan"];
  });
}

/** The case conference (支援調整会議) about the current plan. */
export function recordConference(context: StepContext, caseId: string, input: Conference): Promise<Case> {
  return changeStep(context, caseId, "conference", input.version, async (tx) => {
    const plan = await records.findCurrentPlan(tx, caseId);
    if (!plan) throw requirementsMissing(context.locale, ["plan"]);
    await records.insertConference(tx, {
      caseId,
      planId: plan.id,
      heldOn: input.heldOn,
      attendees: input.attendees,
      decision: input.decision,
      notes: input.notes,
      createdBy: context.actor.id,
    });
    return ["conference"];
  });
}

/** The evaluation of the current plan: one result per goal, in the plan's order. */
export function recordEvaluation(context: StepContext, caseId: string, input: Evaluation): Promise<Case> {
  return changeStep(context, caseId, "evaluation", input.version, async (tx) => {
    const plan = await records.findCurrentPlan(tx, caseId);
    if (!plan) throw requirementsMissing(context.locale, ["plan"]);
    const goals = plan.goals as unknown[];
    if (input.goalResults.length !== goals.length)
      throw new AppError("VALIDATION_FAILED", [
        {
          path: "body.goalResults",
          code: "count_mismatch",
          messageKey: "goalCountMismatch",
          params: { count: goals.length },
        },
      ]);
    await records.insertEvaluation(tx, {
      caseId,
      planId: plan.id,
      evaluatedOn: input.evaluatedOn,
      goalResults: input.goalResults,
      notes: input.notes,
      createdBy: context.actor.id,
    });
    return ["evaluation"];
  });
}
