import { z } from "zod";
import { consultationChannels } from "../consultation/consultations.ts";
import { isoDateSchema } from "../platform/dates.ts";
import { requiredText, text, versionSchema } from "../platform/fields.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";
import { concernTopics } from "../support/concern-topics.ts";

/**
 * Policy proposals (政策提言, issue 13): issues staff notice in the community space, at the desk and
 * in support work, with consultations or cases as evidence (never their personal details), grouped
 * into proposals to a municipality or body, each backed by figures counted live from the desk and
 * support records over the proposal's period, and the history of the campaign.
 */
export const policyIssueSources = ["community_space", "desk", "support", "other"] as const;
export type PolicyIssueSource = (typeof policyIssueSources)[number];
export const policyIssueFrequencies = ["once", "sometimes", "often", "very_often"] as const;
export type PolicyIssueFrequency = (typeof policyIssueFrequencies)[number];

export const proposalStatuses = ["draft", "discussed", "submitted", "answered"] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];
/** One step at a time: the status after each (none after answered). */
export function nextProposalStatus(status: ProposalStatus): ProposalStatus | null {
  return proposalStatuses[proposalStatuses.indexOf(status) + 1] ?? null;
}

export const proposalEventKinds = [
  "status",
  "meeting",
  "submission",
  "answer",
  "hearing",
  "study",
  "petition",
  "note",
] as const;
export type ProposalEventKind = (typeof proposalEventKinds)[number];
/** The kinds people add by hand: `status` events are written by the status moves. */
export const manualProposalEventKinds = proposalEventKinds.filter((kind) => kind !== "status") as [
  Exclude<ProposalEventKind, "status">,
  ...Exclude<ProposalEventKind, "status">[],
];

/** What a figure counts: consultations, new cases (intakes), placements started, work outcomes. */
export const figureMeasures = ["consultations", "cases", "placements", "outcomes"] as const;
export type FigureMeasure = (typeof figureMeasures)[number];

// ── Issues ──────────────────────────────────────────────────────────────────────

export const policyIssueInputSchema = z.strictObject({
  title: requiredText(200),
  /** What was seen, in the staff's words (no names: the evidence links carry the records). */
  observed: requiredText(4000),
  source: z.enum(policyIssueSources),
  /** Where: a municipality or a place. */
  place: text(200).default(""),
  frequency: z.enum(policyIssueFrequencies),
  noticedOn: isoDateSchema,
});
export type PolicyIssueInput = z.input<typeof policyIssueInputSchema>;

export const updatePolicyIssueInputSchema = z.strictObject({
  issue: policyIssueInputSchema,
  version: versionSchema,
});

/** Puts an issue into a proposal, or takes it out (null). */
export const assignPolicyIssueInputSchema = z.strictObject({
  proposalId: z.uuid().nullable(),
  version: versionSchema,
});

/** A consultation or a case as evidence: exactly one of the two. */
export const addEvidenceInputSchema = z
  .strictObject({
    consultationId: z.uuid().optional(),
    caseId: z.uuid().optional(),
  })
  .superRefine((value, context) => {
    const given = Number(value.consultationId !== undefined) + Number(value.caseId !== undefined);
    if (given !== 1) context.addIssue({ code: "custom", path: ["consultationId"], message: "evidenceOneOf" });
  });
export type AddEvidenceInput = z.input<typeof addEvidenceInputSchema>;

/**
 * Evidence as shown: never a name, a reading, a phone, notes, question or answer text or a
 * participant's id: only the month, the desk category or the program, the concern topics, the channel.
 */
export const policyEvidenceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["consultation", "case"]),
  /** The consultation's or the case's id (opening it goes through its own access rules). */
  recordId: z.uuid(),
  /** "YYYY-MM" in Japan: the consultation's month, the case's opening month. */
  month: z.string(),
  categoryCode: z.string().nullable(),
  categoryName: z.string().nullable(),
  programName: z.string().nullable(),
  concernTopics: z.array(z.string()),
  channel: z.string().nullable(),
  addedAt: z.string(),
});
export type PolicyEvidence = z.infer<typeof policyEvidenceSchema>;

export const policyIssueSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  observed: z.string(),
  source: z.enum(policyIssueSources),
  place: z.string(),
  frequency: z.enum(policyIssueFrequencies),
  noticedOn: z.string(),
  proposalId: z.uuid().nullable(),
  proposalTitle: z.string().nullable(),
  evidenceCount: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type PolicyIssue = z.infer<typeof policyIssueSchema>;

export const policyIssueDetailSchema = policyIssueSchema.extend({ evidence: z.array(policyEvidenceSchema) });
export type PolicyIssueDetail = z.infer<typeof policyIssueDetailSchema>;

const queryBoolean = z.enum(["true", "false"]).transform((value) => value === "true");
export const findPolicyIssuesQuerySchema = pageQuerySchema.extend({
  /** Words in the title, what was observed or the place. */
  q: text(100).optional(),
  /** Only the issues in no proposal yet. */
  unassigned: queryBoolean.optional(),
  source: z.enum(policyIssueSources).optional(),
});
export type FindPolicyIssuesQuery = z.input<typeof findPolicyIssuesQuerySchema>;
export const policyIssuePageSchema = pageOf(policyIssueSchema);

// ── Figures ─────────────────────────────────────────────────────────────────────

/** Filters of a figure, all optional; category and channel are the desk's (consultations only). */
export const figureFiltersSchema = z.strictObject({
  categoryCode: text(40).min(1).optional(),
  concernTopic: z.enum(concernTopics).optional(),
  /** A municipality (座間市): the consultation's area, or the participant's address. */
  area: text(100).min(1).optional(),
  programId: z.uuid().optional(),
  channel: z.enum(consultationChannels).optional(),
});
export type FigureFilters = z.infer<typeof figureFiltersSchema>;

export const figureInputSchema = z
  .strictObject({
    label: requiredText(200),
    measure: z.enum(figureMeasures),
    filters: figureFiltersSchema.default({}),
  })
  .superRefine((value, context) => {
    if (value.measure === "consultations") return;
    for (const field of ["categoryCode", "channel"] as const)
      if (value.filters[field] !== undefined)
        context.addIssue({ code: "custom", path: ["filters", field], message: "figureFilterDeskOnly" });
  });
export type FigureInput = z.input<typeof figureInputSchema>;

export const reorderFiguresInputSchema = z.strictObject({ figureIds: z.array(z.uuid()).min(1).max(50) });

export const proposalFigureSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  measure: z.enum(figureMeasures),
  filters: figureFiltersSchema,
  position: z.number().int(),
  /** Counted live over the proposal's period. */
  count: z.number().int(),
});
export type ProposalFigure = z.infer<typeof proposalFigureSchema>;

/** The choices of the figure editor: the desk's coded categories and the programs. */
export const figureOptionsSchema = z.object({
  categories: z.array(z.object({ code: z.string(), name: z.string() })),
  programs: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type FigureOptions = z.infer<typeof figureOptionsSchema>;

// ── Proposals ───────────────────────────────────────────────────────────────────

export const proposalInputSchema = z
  .strictObject({
    title: requiredText(200),
    /** The municipality or body it is addressed to. */
    addressee: requiredText(200),
    summary: text(2000).default(""),
    body: text(20000).default(""),
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
  })
  .superRefine((value, context) => {
    if (value.periodTo < value.periodFrom)
      context.addIssue({ code: "custom", path: ["periodTo"], message: "periodEndBeforeStart" });
  });
export type ProposalInput = z.input<typeof proposalInputSchema>;

export const updateProposalInputSchema = z.strictObject({
  proposal: proposalInputSchema,
  version: versionSchema,
});

/** The next step: submitted records its day; answered needs the day and the answer. */
export const moveProposalInputSchema = z
  .strictObject({
    status: z.enum(proposalStatuses),
    on: isoDateSchema,
    answer: text(8000).default(""),
    version: versionSchema,
  })
  .superRefine((value, context) => {
    if (value.status === "answered" && value.answer === "")
      context.addIssue({ code: "custom", path: ["answer"], message: "answerRequired" });
  });
export type MoveProposalInput = z.input<typeof moveProposalInputSchema>;

export const proposalEventInputSchema = z.strictObject({
  happenedOn: isoDateSchema,
  kind: z.enum(manualProposalEventKinds),
  description: requiredText(2000),
});
export type ProposalEventInput = z.input<typeof proposalEventInputSchema>;

export const proposalEventSchema = z.object({
  id: z.uuid(),
  happenedOn: z.string(),
  kind: z.enum(proposalEventKinds),
  description: z.string(),
  createdByName: z.string().nullable(),
});
export type ProposalEvent = z.infer<typeof proposalEventSchema>;

export const proposalSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  addressee: z.string(),
  status: z.enum(proposalStatuses),
  periodFrom: z.string(),
  periodTo: z.string(),
  submittedOn: z.string().nullable(),
  issueCount: z.number().int(),
  updatedAt: z.string(),
});
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;

export const proposalSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  addressee: z.string(),
  summary: z.string(),
  body: z.string(),
  status: z.enum(proposalStatuses),
  nextStatus: z.enum(proposalStatuses).nullable(),
  periodFrom: z.string(),
  periodTo: z.string(),
  submittedOn: z.string().nullable(),
  answeredOn: z.string().nullable(),
  answer: z.string(),
  figures: z.array(proposalFigureSchema),
  issues: z.array(policyIssueSchema),
  /** Newest first. */
  events: z.array(proposalEventSchema),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const findProposalsQuerySchema = pageQuerySchema.extend({
  status: z.enum(proposalStatuses).optional(),
});
export type FindProposalsQuery = z.input<typeof findProposalsQuerySchema>;
export const proposalPageSchema = pageOf(proposalSummarySchema);
