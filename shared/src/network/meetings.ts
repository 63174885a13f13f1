import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { requiredText, text, versionSchema } from "../platform/fields.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";

/**
 * Meetings and action items (issue 13): the employment-support all-hands meeting (就労支援全体会議),
 * the partner round table (協力事業者懇談会), the board (理事会), the general assembly (総会) and
 * others; who was invited and who came; action items that stay on their owner's today list until done.
 */
export const meetingKinds = ["all_hands", "round_table", "board", "general_assembly", "other"] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const attendeeKinds = ["staff", "member_organization", "workplace", "guest"] as const;
export type AttendeeKind = (typeof attendeeKinds)[number];

/** A time of day as typed, "HH:MM" (00:00–23:59). */
export const timeOfDaySchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "invalidTime");

export const meetingInputSchema = z
  .strictObject({
    kind: z.enum(meetingKinds),
    title: requiredText(200),
    heldOn: isoDateSchema,
    startsAt: timeOfDaySchema.nullable().default(null),
    endsAt: timeOfDaySchema.nullable().default(null),
    place: text(200).default(""),
    agenda: text(8000).default(""),
    minutes: text(20000).default(""),
    decisions: text(8000).default(""),
  })
  .superRefine((value, context) => {
    if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt)
      context.addIssue({ code: "custom", path: ["endsAt"], message: "meetingEndsBeforeStart" });
  });
export type MeetingInput = z.input<typeof meetingInputSchema>;

export const updateMeetingInputSchema = z.strictObject({
  meeting: meetingInputSchema,
  version: versionSchema,
});

/** One attendee: the id that matches its kind (a guest by name), invited and present. */
export const attendeeInputSchema = z
  .strictObject({
    kind: z.enum(attendeeKinds),
    userId: z.uuid().nullable().default(null),
    memberOrganizationId: z.uuid().nullable().default(null),
    workplaceId: z.uuid().nullable().default(null),
    guestName: text(200).default(""),
    invited: z.boolean().default(true),
    present: z.boolean().default(false),
  })
  .superRefine((value, context) => {
    const needed = {
      staff: "userId",
      member_organization: "memberOrganizationId",
      workplace: "workplaceId",
      guest: "guestName",
    } as const;
    const field = needed[value.kind];
    if (!value[field]) context.addIssue({ code: "custom", path: [field], message: "attendeeMissing" });
  });
export type AttendeeInput = z.input<typeof attendeeInputSchema>;

/** The whole list at once, with the meeting's version (the list is part of the meeting). */
export const meetingAttendeesInputSchema = z.strictObject({
  attendees: z.array(attendeeInputSchema).max(500),
  version: versionSchema,
});

export const attendeeSchema = z.object({
  kind: z.enum(attendeeKinds),
  userId: z.uuid().nullable(),
  memberOrganizationId: z.uuid().nullable(),
  workplaceId: z.uuid().nullable(),
  guestName: z.string(),
  /** The person's or organization's name as shown (a guest's own name). */
  name: z.string(),
  invited: z.boolean(),
  present: z.boolean(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const actionItemInputSchema = z.strictObject({
  title: requiredText(200),
  /** An active user who may read the network (its today list shows the item). */
  ownerId: z.uuid(),
  dueOn: isoDateSchema,
  notes: text(4000).default(""),
});
export type ActionItemInput = z.input<typeof actionItemInputSchema>;

export const updateActionItemInputSchema = z.strictObject({
  item: actionItemInputSchema,
  version: versionSchema,
});

export const actionItemVersionSchema = z.strictObject({ version: versionSchema });

export const actionItemSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingTitle: z.string(),
  meetingHeldOn: z.string(),
  title: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string(),
  dueOn: z.string(),
  notes: z.string(),
  doneAt: z.string().nullable(),
  doneByName: z.string().nullable(),
  version: z.number().int(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const meetingSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  heldOn: z.string(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  place: z.string(),
  invitedCount: z.number().int(),
  presentCount: z.number().int(),
  openActionItems: z.number().int(),
  version: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingSchema = meetingSummarySchema.extend({
  agenda: z.string(),
  minutes: z.string(),
  decisions: z.string(),
  attendees: z.array(attendeeSchema),
  actionItems: z.array(actionItemSchema),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const findMeetingsQuerySchema = pageQuerySchema.extend({
  /** Words of the title, the place or the agenda. */
  q: text(100).optional(),
  kind: z.enum(meetingKinds).optional(),
  /** Held in this calendar year. */
  year: z.coerce.number().int().min(1990).max(2100).optional(),
});
export type FindMeetingsQuery = z.input<typeof findMeetingsQuerySchema>;
export const meetingPageSchema = pageOf(meetingSummarySchema);

const queryBoolean = z.enum(["true", "false"]).transform((value) => value === "true");
export const findActionItemsQuerySchema = pageQuerySchema.extend({
  /** The caller's own only. */
  mine: queryBoolean.optional(),
  /** Not done yet only. */
  open: queryBoolean.optional(),
});
export type FindActionItemsQuery = z.input<typeof findActionItemsQuerySchema>;
export const actionItemPageSchema = pageOf(actionItemSchema);

/** What invite-workplaces did: how many active workplaces it added (0 when all were already there). */
export const inviteWorkplacesResultSchema = z.object({ added: z.number().int(), meeting: meetingSchema });
