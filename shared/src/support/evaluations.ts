import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { text } from "../platform/fields.ts";

/**
 * A placement's evaluation at the end of each term (issue 11): fixed criteria on a 1–4 scale with
 * comments, one by the workplace and one by the coordinator, shown side by side term by term.
 */
export const evaluationCriteria = [
  "punctuality",
  "communication",
  "followingInstructions",
  "taskPerformance",
  "stamina",
  "safety",
] as const;
export type EvaluationCriterion = (typeof evaluationCriteria)[number];

export const evaluators = ["workplace", "coordinator"] as const;
export type Evaluator = (typeof evaluators)[number];

export const evaluationScoreMin = 1;
export const evaluationScoreMax = 4;
const scoreSchema = z.number().int().min(evaluationScoreMin).max(evaluationScoreMax);

export const evaluationScoresSchema = z.strictObject({
  punctuality: scoreSchema,
  communication: scoreSchema,
  followingInstructions: scoreSchema,
  taskPerformance: scoreSchema,
  stamina: scoreSchema,
  safety: scoreSchema,
});
export type EvaluationScores = z.infer<typeof evaluationScoresSchema>;

export const evaluationInputSchema = z.strictObject({
  scores: evaluationScoresSchema,
  comments: text(2000).default(""),
  evaluatedOn: isoDateSchema,
  /** null: the first save of this term and evaluator; otherwise the version it was read at. */
  version: z.number().int().min(1).nullable().default(null),
});
export type EvaluationInput = z.input<typeof evaluationInputSchema>;

export const evaluationParamsSchema = z.strictObject({
  id: z.uuid(),
  term: z.coerce.number().int().min(1).max(12),
  evaluator: z.enum(evaluators),
});
/** The portal's: a partner user writes only the workplace's evaluation. */
export const portalEvaluationParamsSchema = z.strictObject({
  id: z.uuid(),
  term: z.coerce.number().int().min(1).max(12),
});

export const evaluationSchema = z.object({
  term: z.number().int(),
  evaluator: z.enum(evaluators),
  scores: evaluationScoresSchema,
  comments: z.string(),
  evaluatedOn: z.string(),
  recordedByName: z.string().nullable(),
  recordedVia: z.enum(["staff", "partner"]),
  version: z.number().int(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const termEvaluationsSchema = z.object({
  term: z.number().int(),
  /** The term's first and last day. */
  from: z.string(),
  to: z.string(),
  workplace: evaluationSchema.nullable(),
  /** Absent from the portal's answer: a partner sees only the workplace's own evaluation. */
  coordinator: evaluationSchema.nullable().optional(),
});
export const placementEvaluationsSchema = z.object({
  placementId: z.uuid(),
  terms: z.array(termEvaluationsSchema),
});
export type PlacementEvaluations = z.infer<typeof placementEvaluationsSchema>;
