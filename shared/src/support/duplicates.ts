import { z } from "zod";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";
import {
  duplicateReasons,
  type ParticipantProfile,
  participantProfileSchema,
  participantSchema,
  participantSummarySchema,
} from "./participants.ts";

/**
 * The duplicate finder and merging participant records (managers: participants.merge). A sweep
 * looks for candidate pairs over every live participant in the background; its pairs are listed
 * best first; a pair is merged (one record survives, the other becomes a tombstone pointing to it)
 * or dismissed as "not a duplicate".
 */

export const sweepStatuses = ["running", "finished", "failed"] as const;
export type SweepStatus = (typeof sweepStatuses)[number];

export const duplicateSweepSchema = z.object({
  id: z.uuid(),
  status: z.enum(sweepStatuses),
  /** Progress: the sweep works in chunks (one per birth year, one for shared phone numbers). */
  chunksDone: z.number().int(),
  chunksTotal: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Candidate pairs found (when finished). */
  pairCount: z.number().int(),
});
export type DuplicateSweep = z.infer<typeof duplicateSweepSchema>;

/** The newest sweep, or none yet. */
export const latestSweepSchema = z.object({ sweep: duplicateSweepSchema.nullable() });
export type LatestSweep = z.infer<typeof latestSweepSchema>;

export const findDuplicatePairsQuerySchema = pageQuerySchema.strict();
export type FindDuplicatePairsQuery = z.input<typeof findDuplicatePairsQuerySchema>;

/** A candidate pair: two people (summaries only: no contact details, never the sensitive section). */
export const duplicatePairSchema = z.object({
  participant: participantSummarySchema,
  other: participantSummarySchema,
  reasons: z.array(z.enum(duplicateReasons)),
  /** 0–1: how alike the two are (the registration check's score). */
  score: z.number(),
});
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;

/** The pairs of the newest finished sweep the user may see both sides of, best first. */
export const duplicatePairPageSchema = pageOf(duplicatePairSchema).extend({
  /** The sweep the pairs come from (null: none has finished yet). */
  sweepId: z.uuid().nullable(),
  sweepFinishedAt: z.string().nullable(),
});
export type DuplicatePairPage = z.infer<typeof duplicatePairPageSchema>;

/** "Not a duplicate": the two stay apart, and no later sweep lists them again. */
export const dismissDuplicatePairInputSchema = z.strictObject({
  participantId: z.uuid(),
  otherId: z.uuid(),
});
export type DismissDuplicatePairInput = z.infer<typeof dismissDuplicatePairInputSchema>;

/** The profile fields a merge chooses one by one (every field the profile form has). */
export const mergeFields = Object.keys(participantProfileSchema.shape) as (keyof ParticipantProfile)[];
export type MergeField = keyof ParticipantProfile;

export const mergeSides = ["this", "other"] as const;
export type MergeSide = (typeof mergeSides)[number];

const sideSchema = z.enum(mergeSides).default("this");

/** For each profile field, whose value the surviving record keeps: its own ("this", the default) or the other's. */
export const mergeKeepSchema = z.strictObject(
  Object.fromEntries(mergeFields.map((field) => [field, sideSchema])) as Record<
    MergeField,
    typeof sideSchema
  >,
);
export type MergeKeep = z.output<typeof mergeKeepSchema>;

const versionSchema = z.number().int().min(1).max(2_147_483_647);

/**
 * Merges `otherId` into the record of the path (the survivor). Both versions are the ones the
 * preview showed: another means someone changed a record since (409).
 */
export const mergeParticipantInputSchema = z.strictObject({
  otherId: z.uuid(),
  keep: mergeKeepSchema.prefault({}),
  /** The surviving record's version. */
  version: versionSchema,
  /** The merged-away record's version. */
  otherVersion: versionSchema,
});
export type MergeParticipantInput = z.input<typeof mergeParticipantInputSchema>;

export const mergePreviewParamsSchema = z.strictObject({ id: z.uuid(), otherId: z.uuid() });

const mergeSideSchema = z.object({
  participant: participantSchema,
  /** Activities the user may see (those of other programs' cases move too, unseen). */
  activityCount: z.number().int(),
  /**
   * Whether a sensitive section is recorded: only for users with participants.sensitive (null
   * otherwise). Its values are never shown here.
   */
  hasSensitiveSection: z.boolean().nullable(),
});

/** Both records side by side, field by field: what the merge will keep and move. */
export const mergePreviewSchema = z.object({
  participant: mergeSideSchema,
  other: mergeSideSchema,
  /** The fields whose values differ: the ones worth choosing. */
  differingFields: z.array(z.enum(mergeFields as [MergeField, ...MergeField[]])),
});
export type MergePreview = z.infer<typeof mergePreviewSchema>;
