import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";
import { caseRequirements, caseStatuses } from "./case-flow.ts";
import { concernTopics } from "./concern-topics.ts";

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().min(1).max(2_147_483_647);
/**
 * The case's version the editor loaded: every step record changes the case, so two people adding
 * records at once get a 409 (stale) instead of one working from a case that moved on.
 */
const caseVersion = version;

export const openCaseInputSchema = z.strictObject({
  participantId: z.uuid(),
  programId: z.uuid(),
  fundingStreamId: z.uuid().nullable().default(null),
  leadCoordinatorId: z.uuid().nullable().default(null),
  openedOn: isoDateSchema,
});
export type OpenCaseInput = z.input<typeof openCaseInputSchema>;

export const updateCaseInputSchema = z.strictObject({
  leadCoordinatorId: z.uuid().nullable().optional(),
  fundingStreamId: z.uuid().nullable().optional(),
  version,
});

// ── Intake: the national 相談受付・申込票 ─────────────────────────────────────────────
export const urgencies = ["low", "medium", "high", "urgent"] as const;
/** Continuing support, hand-over to another agency (つなぎ), information only: counted apart. */
export const screeningRoutes = ["continuing", "handover", "information"] as const;

export const intakeInputSchema = z
  .strictObject({
    receivedOn: isoDateSchema,
    receivedById: z.uuid().nullable().default(null),
    howCame: text(200).default(""),
    accompaniedBy: text(200).default(""),
    concernTopics: z.array(z.enum(concernTopics)).min(1).max(concernTopics.length),
    pressingTopic: z.enum(concernTopics).nullable().default(null),
    urgency: z.enum(urgencies),
    screeningRoute: z.enum(screeningRoutes),
    notes: text(4000).default(""),
    /** 0 when there is no intake yet; otherwise the version the editor loaded. */
    version: z.number().int().min(0).max(2_147_483_647),
  })
  .refine((intake) => !intake.pressingTopic || intake.concernTopics.includes(intake.pressingTopic), {
    path: ["pressingTopic"],
    message: "pressingTopicNotChosen",
  });
export type IntakeInput = z.input<typeof intakeInputSchema>;
export const intakeSchema = z.object({
  receivedOn: z.string(),
  receivedById: z.uuid().nullable(),
  howCame: z.string(),
  accompaniedBy: z.string(),
  concernTopics: z.array(z.enum(concernTopics)),
  pressingTopic: z.enum(concernTopics).nullable(),
  urgency: z.enum(urgencies),
  screeningRoute: z.enum(screeningRoutes),
  notes: z.string(),
  version: z.number().int(),
});

// ── Assessment ──────────────────────────────────────────────────────────────────────
export const assessmentAreas = [
  "dailyLife",
  "health",
  "socialRelations",
  "workHistory",
  "skills",
  "wishes",
] as const;
/** 1: much support needed … 4: independent. */
export const assessmentLevels = [1, 2, 3, 4] as const;
const assessmentAreaSchema = z.strictObject({
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  notes: text(2000).default(""),
});
export const assessmentInputSchema = z.strictObject({
  assessedOn: isoDateSchema,
  areas: z.strictObject(
    Object.fromEntries(assessmentAreas.map((area) => [area, assessmentAreaSchema])) as Record<
      (typeof assessmentAreas)[number],
      typeof assessmentAreaSchema
    >,
  ),
  summary: text(4000).default(""),
  version: caseVersion,
});
export type AssessmentInput = z.input<typeof assessmentInputSchema>;
export const assessmentSchema = z.object({
  id: z.uuid(),
  assessedOn: z.string(),
  areas: z.record(
    z.enum(assessmentAreas),
    z.object({ level: z.number().int().nullable(), notes: z.string() }),
  ),
  summary: z.string(),
  createdAt: z.string(),
});

// ── Support plan ────────────────────────────────────────────────────────────────────
/** 日常生活自立 / 社会生活自立 / 就労自立 */
export const goalAreas = ["dailyLife", "socialLife", "work"] as const;
const goalSchema = z.strictObject({
  area: z.enum(goalAreas),
  goal: requiredText(500),
  actions: z
    .array(
      z.strictObject({
        action: requiredText(500),
        /** Who does it: the participant, the coordinator, an agency… */
        by: text(100).default(""),
        targetOn: isoDateSchema.nullable().default(null),
      }),
    )
    .max(20)
    .default([]),
});
export const planInputSchema = z.strictObject({
  madeOn: isoDateSchema,
  reviewOn: isoDateSchema,
  agreedOn: isoDateSchema.nullable().default(null),
  goals: z.array(goalSchema).min(1).max(30),
  notes: text(4000).default(""),
  version: caseVersion,
});
export type PlanInput = z.input<typeof planInputSchema>;
export const planSchema = z.object({
  id: z.uuid(),
  planNumber: z.number().int(),
  madeOn: z.string(),
  reviewOn: z.string(),
  agreedOn: z.string().nullable(),
  goals: z.array(
    z.object({
      area: z.enum(goalAreas),
      goal: z.string(),
      actions: z.array(z.object({ action: z.string(), by: z.string(), targetOn: z.string().nullable() })),
    }),
  ),
  notes: z.string(),
  createdAt: z.string(),
});

// ── Case conference (支援調整会議) ──────────────────────────────────────────────────
export const conferenceDecisions = ["approved", "revise"] as const;
export const conferenceInputSchema = z.strictObject({
  heldOn: isoDateSchema,
  attendees: text(1000).default(""),
  decision: z.enum(conferenceDecisions),
  notes: text(4000).default(""),
  version: caseVersion,
});
export const conferenceSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  heldOn: z.string(),
  attendees: z.string(),
  decision: z.enum(conferenceDecisions),
  notes: z.string(),
});

// ── Evaluation ──────────────────────────────────────────────────────────────────────
export const goalResults = ["achieved", "partly", "not"] as const;
export const evaluationInputSchema = z.strictObject({
  evaluatedOn: isoDateSchema,
  /** One per goal of the latest plan, in the plan's order. */
  goalResults: z
    .array(z.strictObject({ result: z.enum(goalResults), notes: text(1000).default("") }))
    .min(1)
    .max(30),
  notes: text(4000).default(""),
  version: caseVersion,
});
export const evaluationSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  evaluatedOn: z.string(),
  goalResults: z.array(z.object({ result: z.enum(goalResults), notes: z.string() })),
  notes: z.string(),
});

// ── Closure and transitions ─────────────────────────────────────────────────────────
export const closureReasons = [
  "goalsMet",
  "employed",
  "handedOver",
  "withdrew",
  "movedAway",
  "noContact",
  "other",
] as const;
export const closureInputSchema = z.strictObject({
  closedOn: isoDateSchema,
  reason: z.enum(closureReasons),
  outcomeSummary: text(4000).default(""),
});
export const closureSchema = z.object({
  closedOn: z.string(),
  reason: z.enum(closureReasons),
  outcomeSummary: z.string(),
});

export const transitionInputSchema = z.strictObject({
  to: z.enum(caseStatuses),
  version,
  note: text(1000).default(""),
  closure: closureInputSchema.optional(),
});
export type TransitionInput = z.input<typeof transitionInputSchema>;

export const caseTransitionSchema = z.object({
  fromStatus: z.enum(caseStatuses).nullable(),
  toStatus: z.enum(caseStatuses),
  occurredAt: z.string(),
  actorName: z.string().nullable(),
  note: z.string(),
});

/** Someone who may lead a case of a program: an active account working on cases that reaches it. */
export const caseLeadSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  displayNameKana: z.string(),
});
export type CaseLead = z.infer<typeof caseLeadSchema>;
export const caseLeadListSchema = z.object({ items: z.array(caseLeadSchema) });

/** The case summary in lists. The participant's name only: lists never carry more. */
export const caseSummarySchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  participantName: z.string(),
  participantNameKana: z.string(),
  programId: z.uuid(),
  fundingStreamId: z.uuid().nullable(),
  leadCoordinatorId: z.uuid().nullable(),
  leadCoordinatorName: z.string().nullable(),
  status: z.enum(caseStatuses),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseSchema = caseSummarySchema.extend({
  intake: intakeSchema.nullable(),
  assessments: z.array(assessmentSchema),
  /** Newest first; the first is the current plan. */
  plans: z.array(planSchema),
  conferences: z.array(conferenceSchema),
  evaluations: z.array(evaluationSchema),
  closure: closureSchema.nullable(),
  transitions: z.array(caseTransitionSchema),
  /** What each allowed next step still needs (empty: it can happen now). */
  nextSteps: z.array(z.object({ to: z.enum(caseStatuses), missing: z.array(z.enum(caseRequirements)) })),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Case = z.infer<typeof caseSchema>;

export const findCasesQuerySchema = pageQuerySchema
  .extend({
    programId: z.uuid().optional(),
    status: z.enum(caseStatuses).optional(),
    coordinatorId: z.uuid().optional(),
    participantId: z.uuid().optional(),
    openedFrom: isoDateSchema.optional(),
    openedTo: isoDateSchema.optional(),
  })
  .strict();
export const casePageSchema = pageOf(caseSummarySchema);
export const caseIdParamsSchema = z.strictObject({ id: z.uuid() });
