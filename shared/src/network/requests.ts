import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { requiredText, text, versionSchema } from "../platform/fields.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";

/**
 * Requests (諸資源の活用, issue 13): what people inside and outside the association ask of it — a
 * talk, a visit, a course proposal, lending the space or equipment, an interview, a survey — who asked,
 * what, for when, who takes it, and how it ended.
 */
export const networkRequestOrigins = ["internal", "external"] as const;
export type NetworkRequestOrigin = (typeof networkRequestOrigins)[number];

export const networkRequestKinds = [
  "talk",
  "visit",
  "course_proposal",
  "space_lending",
  "equipment_lending",
  "interview",
  "survey",
  "other",
] as const;
export type NetworkRequestKind = (typeof networkRequestKinds)[number];

export const networkRequestStatuses = ["new", "accepted", "declined", "done"] as const;
export type NetworkRequestStatus = (typeof networkRequestStatuses)[number];

/** Where a request may go from each status. A reopen (done or declined → accepted) is its owner's. */
export const networkRequestMoves: Record<NetworkRequestStatus, readonly NetworkRequestStatus[]> = {
  new: ["accepted", "declined"],
  accepted: ["done", "declined"],
  declined: ["accepted"],
  done: ["accepted"],
};

/** A move out of a closed status (done or declined): only the request's owner reopens it. */
export function isReopen(from: NetworkRequestStatus, to: NetworkRequestStatus): boolean {
  return (from === "done" || from === "declined") && to === "accepted";
}

/** The statuses that close a request: each needs its outcome written. */
export const closingStatuses: readonly NetworkRequestStatus[] = ["done", "declined"];

export const networkRequestInputSchema = z.strictObject({
  receivedOn: isoDateSchema,
  origin: z.enum(networkRequestOrigins),
  kind: z.enum(networkRequestKinds),
  requesterName: requiredText(200),
  requesterOrganization: text(200).default(""),
  /** A phone, an address or how to reach them, as given. */
  requesterContact: text(300).default(""),
  title: requiredText(200),
  details: text(4000).default(""),
  /** The day they want it (a talk's date, the day of a visit), when they named one. */
  wantedOn: isoDateSchema.nullable().default(null),
  /** Who takes it: a user with networkRequests.write. */
  ownerId: z.uuid().nullable().default(null),
});
export type NetworkRequestInput = z.input<typeof networkRequestInputSchema>;

export const updateNetworkRequestInputSchema = z.strictObject({
  request: networkRequestInputSchema,
  version: versionSchema,
});

/** A move of status; done and declined need the outcome (what was done, or why not). */
export const networkRequestStatusInputSchema = z
  .strictObject({
    status: z.enum(networkRequestStatuses),
    outcome: text(4000).default(""),
    version: versionSchema,
  })
  .superRefine((value, context) => {
    if (closingStatuses.includes(value.status) && value.outcome === "")
      context.addIssue({ code: "custom", path: ["outcome"], message: "networkRequestOutcomeRequired" });
  });
export type NetworkRequestStatusInput = z.input<typeof networkRequestStatusInputSchema>;

export const networkRequestSchema = z.object({
  id: z.uuid(),
  receivedOn: z.string(),
  origin: z.enum(networkRequestOrigins),
  kind: z.enum(networkRequestKinds),
  requesterName: z.string(),
  requesterOrganization: z.string(),
  requesterContact: z.string(),
  title: z.string(),
  details: z.string(),
  wantedOn: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  status: z.enum(networkRequestStatuses),
  outcome: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type NetworkRequest = z.infer<typeof networkRequestSchema>;

const fiscalYearSchema = z.coerce.number().int().min(1990).max(2100);

export const findNetworkRequestsQuerySchema = pageQuerySchema.extend({
  /** Words of the title, the requester's name or organization. */
  q: text(100).optional(),
  status: z.enum(networkRequestStatuses).optional(),
  kind: z.enum(networkRequestKinds).optional(),
  origin: z.enum(networkRequestOrigins).optional(),
  /** A user's id, or "none" for requests nobody has taken. */
  owner: z.union([z.uuid(), z.literal("none")]).optional(),
  /** Received in this fiscal year (April to March). */
  fiscalYear: fiscalYearSchema.optional(),
});
export type FindNetworkRequestsQuery = z.input<typeof findNetworkRequestsQuerySchema>;

export const networkRequestPageSchema = pageOf(networkRequestSchema);

/** The yearly count: the fiscal year (Japan's today's by default). */
export const networkRequestCountsQuerySchema = z.strictObject({ fiscalYear: fiscalYearSchema.optional() });

const count = z.number().int().min(0);
export const networkRequestCountsSchema = z.object({
  fiscalYear: z.number().int(),
  total: count,
  /** Every kind, in order, even at 0, with its count by status. */
  byKind: z.array(
    z.object({
      kind: z.enum(networkRequestKinds),
      count,
      byStatus: z.object({ new: count, accepted: count, declined: count, done: count }),
    }),
  ),
  byStatus: z.object({ new: count, accepted: count, declined: count, done: count }),
});
export type NetworkRequestCounts = z.infer<typeof networkRequestCountsSchema>;
