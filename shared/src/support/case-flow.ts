/**
 * The case's steps (the national support flow) and the one table of allowed transitions: the
 * service enforces it, the case page draws its buttons from it, and a test walks it. No zod here:
 * the web app's first chunks may read it.
 */
export const caseStatuses = [
  "intake",
  "assessment",
  "plan",
  "conference",
  "active",
  "evaluation",
  "closed",
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/**
 * What a transition needs on record before it may happen. The service checks each against the
 * case's records; a refused transition names the missing ones (catalog: support.cases.requirements.<key>).
 */
export const caseRequirements = [
  /** The intake record (相談受付・申込票) exists. */
  "intake",
  /** An assessment exists. */
  "assessment",
  /**
   * A support plan made at this plan step: after the case last came to the plan step (a conference
   * asking for a revision, or an evaluation, sends it back for a NEW version; the old one stays).
   */
  "plan",
  /** The latest plan has a conference that approved it. */
  "approvedConference",
  /** The latest plan's latest conference decided to revise it. */
  "revisionDecided",
  /** The latest plan has an evaluation. */
  "evaluation",
  /** The transition itself carries the closure record (date, reason). */
  "closure",
] as const;
export type CaseRequirement = (typeof caseRequirements)[number];

export type CaseTransition = { from: CaseStatus; to: CaseStatus; requires: readonly CaseRequirement[] };

const closeFrom = (from: CaseStatus, requires: CaseRequirement[] = ["closure"]): CaseTransition => ({
  from,
  to: "closed",
  requires,
});

export const caseTransitions: readonly CaseTransition[] = [
  { from: "intake", to: "assessment", requires: ["intake"] },
  { from: "assessment", to: "plan", requires: ["assessment"] },
  { from: "plan", to: "conference", requires: ["plan"] },
  { from: "conference", to: "active", requires: ["approvedConference"] },
  // The conference asked for changes: back to the plan (a new plan version keeps the old one).
  { from: "conference", to: "plan", requires: ["revisionDecided"] },
  { from: "active", to: "evaluation", requires: [] },
  // After the evaluation: a new plan, or the end.
  { from: "evaluation", to: "plan", requires: ["evaluation"] },
  closeFrom("evaluation", ["evaluation", "closure"]),
  // A case may end early at any step (information only, hand-over, the person moved away…).
  closeFrom("intake"),
  closeFrom("assessment"),
  closeFrom("plan"),
  closeFrom("conference"),
  closeFrom("active"),
];

export function transitionsFrom(status: CaseStatus): readonly CaseTransition[] {
  return caseTransitions.filter((transition) => transition.from === status);
}

export function findTransition(from: CaseStatus, to: CaseStatus): CaseTransition | undefined {
  return caseTransitions.find((transition) => transition.from === from && transition.to === to);
}

/**
 * The records each step adds, and the steps at which each may be added (the service refuses the
 * rest with CASE_STEP_NOT_ALLOWED; the case page shows a record's form only then). The intake is
 * one record, corrected until the case is closed; assessments are also added again later
 * (re-assessment during support and at the evaluation); a plan, a conference and an evaluation
 * belong to their own step. The closure record comes with the transition to "closed".
 */
export const caseRecordStatuses = {
  intake: ["intake", "assessment", "plan", "conference", "active", "evaluation"],
  assessment: ["assessment", "plan", "active", "evaluation"],
  plan: ["plan"],
  conference: ["conference"],
  evaluation: ["evaluation"],
} as const satisfies Record<string, readonly CaseStatus[]>;
export type CaseRecordKind = keyof typeof caseRecordStatuses;

export function mayAddRecord(kind: CaseRecordKind, status: CaseStatus): boolean {
  return (caseRecordStatuses[kind] as readonly CaseStatus[]).includes(status);
}
