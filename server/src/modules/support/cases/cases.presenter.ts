import type { CaseStatus } from "@otagai/shared/support/case-flow";
import type { Case, CaseSummary, closureReasons, conferenceDecisions } from "@otagai/shared/support/cases";
import type { CaseRecords } from "./case-records.repository.ts";
import { nextStepsOf } from "./case-requirements.ts";
import type { CaseSummaryRow } from "./cases.repository.ts";

type Intake = NonNullable<Case["intake"]>;

/** The case as lists show it: the participant's name only, never more of their record. */
export function presentCaseSummary(row: CaseSummaryRow): CaseSummary {
  return {
    id: row.id,
    participantId: row.participantId,
    participantName: `${row.participantFamilyName} ${row.participantGivenName}`.trim(),
    participantNameKana: `${row.participantFamilyNameKana} ${row.participantGivenNameKana}`.trim(),
    programId: row.programId,
    fundingStreamId: row.fundingStreamId,
    leadCoordinatorId: row.leadCoordinatorId,
    leadCoordinatorName: row.leadCoordinatorName,
    status: row.status as CaseStatus,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
  };
}

/** The case page: every step's records, the timeline of its steps, and what each next step still needs. */
export function presentCase(row: CaseSummaryRow, records: CaseRecords): Case {
  const { intake, closure } = records;
  return {
    ...presentCaseSummary(row),
    intake: intake
      ? {
          receivedOn: intake.receivedOn,
          receivedById: intake.receivedBy,
          howCame: intake.howCame,
          accompaniedBy: intake.accompaniedBy,
          concernTopics: intake.concernTopics as Intake["concernTopics"],
          pressingTopic: intake.pressingTopic as Intake["pressingTopic"],
          urgency: intake.urgency as Intake["urgency"],
          screeningRoute: intake.screeningRoute as Intake["screeningRoute"],
          notes: intake.notes,
          version: intake.version,
        }
      : null,
    assessments: records.assessments.map((assessment) => ({
      id: assessment.id,
      assessedOn: assessment.assessedOn,
      areas: assessment.areas as Case["assessments"][number]["areas"],
      summary: assessment.summary,
      createdAt: assessment.createdAt.toISOString(),
    })),
    plans: records.plans.map((plan) => ({
      id: plan.id,
      planNumber: plan.planNumber,
      madeOn: plan.madeOn,
      reviewOn: plan.reviewOn,
      agreedOn: plan.agreedOn,
      goals: plan.goals as Case["plans"][number]["goals"],
      notes: plan.notes,
      createdAt: plan.createdAt.toISOString(),
    })),
    conferences: records.conferences.map((conference) => ({
      id: conference.id,
      planId: conference.planId,
      heldOn: conference.heldOn,
      attendees: conference.attendees,
      decision: conference.decision as (typeof conferenceDecisions)[number],
      notes: conference.notes,
    })),
    evaluations: records.evaluations.map((evaluation) => ({
      id: evaluation.id,
      planId: evaluation.planId,
      evaluatedOn: evaluation.evaluatedOn,
      goalResults: evaluation.goalResults as Case["evaluations"][number]["goalResults"],
      notes: evaluation.notes,
    })),
    closure: closure
      ? {
          closedOn: closure.closedOn,
          reason: closure.reason as (typeof closureReasons)[number],
          outcomeSummary: closure.outcomeSummary,
        }
      : null,
    transitions: records.transitions.map((transition) => ({
      fromStatus: transition.fromStatus as CaseStatus | null,
      toStatus: transition.toStatus as CaseStatus,
      occurredAt: transition.occurredAt.toISOString(),
      actorName: transition.actorName,
      note: transition.note,
    })),
    nextSteps: nextStepsOf(row.status as CaseStatus, records),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
