import { z } from "zod";

export const activityTypes = [
  "interview",
  "phone",
  "visit",
  "accompaniment",
  "training",
  "email",
  "meeting",
  "case_conference",
] as const;

const text = (max: number) => z.string().trim().max(max);
const dateTime = z.iso.datetime({ offset: true });

export const createActivityInputSchema = z.strictObject({
  participantId: z.uuid(),
  caseId: z.uuid().nullable().default(null),
  occurredAt: dateTime,
  type: z.enum(activityTypes),
  minutes: z.number().int().min(0).max(1440),
  staffId: z.uuid().nullable().default(null),
  notes: text(8000).default(""),
});
export type CreateActivityInput = z.input<typeof createActivityInputSchema>;

export const updateActivityInputSchema = z.strictObject({
  occurredAt: dateTime.optional(),
  type: z.enum(activityTypes).optional(),
  minutes: z.number().int().min(0).max(1440).optional(),
  staffId: z.uuid().nullable().optional(),
  notes: text(8000).optional(),
  version: z.number().int().min(1).max(2_147_483_647),
});

export const activitySchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  caseId: z.uuid().nullable(),
  occurredAt: z.string(),
  type: z.enum(activityTypes),
  minutes: z.number().int(),
  staffId: z.uuid().nullable(),
  staffName: z.string().nullable(),
  notes: z.string(),
  /** Who last changed it, when it was edited after being written. */
  updatedByName: z.string().nullable(),
  edited: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Activity = z.infer<typeof activitySchema>;

/**
 * The timeline pages by keyset (occurred_at, id), not by offset: page 300 of a long history costs
 * what page 1 does. `before` is the cursor the previous page returned.
 */
export const timelineQuerySchema = z.strictObject({
  before: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export const timelineSchema = z.object({
  items: z.array(activitySchema),
  /** Pass as `before` for the next (older) page; null at the end. */
  nextCursor: z.string().nullable(),
});
export const activityIdParamsSchema = z.strictObject({ id: z.uuid() });
