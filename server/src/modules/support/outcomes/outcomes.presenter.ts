import type {
  contractForms,
  FollowUp,
  Outcome,
  OutcomeType,
  StoppedReason,
} from "@otagai/shared/support/outcomes";
import type { FollowUpRow, OutcomeWithNameRow } from "./outcomes.repository.ts";

export function presentFollowUp(row: FollowUpRow): FollowUp {
  return {
    id: row.id,
    outcomeId: row.outcomeId,
    offsetMonths: row.offsetMonths,
    dueOn: row.dueOn,
    doneOn: row.doneOn,
    stillWorking: row.stillWorking,
    hoursPerWeek: row.hoursPerWeek,
    concerns: row.concerns,
    supportGiven: row.supportGiven,
    nextStep: row.nextStep,
    stoppedOn: row.stoppedOn,
    stoppedReason: row.stoppedReason as StoppedReason | null,
    version: row.version,
  };
}

/** An outcome with its follow-ups (given in the order of their offsets). */
export function presentOutcome(row: OutcomeWithNameRow, followUps: FollowUpRow[]): Outcome {
  return {
    id: row.id,
    caseId: row.caseId,
    outcomeType: row.outcomeType as OutcomeType,
    workplaceId: row.workplaceId,
    workplaceName: row.workplaceName,
    memberOrganizationId: row.memberOrganizationId,
    employerName: row.employerName,
    startedOn: row.startedOn,
    hoursPerWeek: row.hoursPerWeek,
    contractForm: row.contractForm as (typeof contractForms)[number] | null,
    incomeBeforeYen: row.incomeBeforeYen,
    incomeAfterYen: row.incomeAfterYen,
    notes: row.notes,
    followUps: followUps.filter((followUp) => followUp.outcomeId === row.id).map(presentFollowUp),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}
