import {
  type CaseRequirement,
  type CaseStatus,
  type CaseTransition,
  transitionsFrom,
} from "@otagai/shared/support/case-flow";
import type { CaseRecords, PlanRow } from "./case-records.repository.ts";

/**
 * Whether a case's records meet each requirement of the flow table (shared/src/support/case-flow.ts).
 * One function for the transition the service checks and for the next steps the case page shows.
 */
type Facts = Pick<
  CaseRecords,
  "intake" | "assessments" | "plans" | "conferences" | "evaluations" | "transitions"
>;

/** The latest plan: the highest version (plans come newest first). */
export function currentPlanOf(records: Pick<CaseRecords, "plans">): PlanRow | undefined {
  return records.plans[0];
}

/** The latest conference about the current plan (conferences come newest first). */
function currentDecision(records: Facts): string | undefined {
  const plan = currentPlanOf(records);
  if (!plan) return undefined;
  return records.conferences.find((conference) => conference.planId === plan.id)?.decision;
}

/**
 * A plan made at this stay at the plan step: the case's last arrival at "plan" comes before the
 * plan was written. A case sent back by a conference or after an evaluation needs a new version;
 * a case that never arrived by a transition (made directly at "plan") takes any plan.
 */
function planMadeAtThisStep(records: Facts): boolean {
  const plan = currentPlanOf(records);
  if (!plan) return false;
  const arrival = records.transitions.findLast((transition) => transition.toStatus === "plan");
  return !arrival || plan.createdAt.getTime() >= arrival.occurredAt.getTime();
}

const checks: Record<CaseRequirement, (records: Facts, closureGiven: boolean) => boolean> = {
  intake: (records) => records.intake !== undefined,
  assessment: (records) => records.assessments.length > 0,
  plan: planMadeAtThisStep,
  approvedConference: (records) => currentDecision(records) === "approved",
  revisionDecided: (records) => currentDecision(records) === "revise",
  evaluation: (records) => {
    const plan = currentPlanOf(records);
    return !!plan && records.evaluations.some((evaluation) => evaluation.planId === plan.id);
  },
  closure: (_records, closureGiven) => closureGiven,
};

/** The requirements of `transition` the records do not meet yet, in the table's order. */
export function missingRequirements(
  transition: CaseTransition,
  records: Facts,
  options: { closureGiven: boolean },
): CaseRequirement[] {
  return transition.requires.filter((requirement) => !checks[requirement](records, options.closureGiven));
}

/**
 * Each transition the table allows from `status`, with what it still needs. The closure record is
 * not counted as missing here: it is not a record kept beforehand but the form the closing request
 * itself carries.
 */
export function nextStepsOf(
  status: CaseStatus,
  records: Facts,
): { to: CaseStatus; missing: CaseRequirement[] }[] {
  return transitionsFrom(status).map((transition) => ({
    to: transition.to,
    missing: missingRequirements(transition, records, { closureGiven: true }),
  }));
}
