import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";
import { auditActions } from "./actions.ts";

export { type AuditAction, auditActions } from "./actions.ts";

/** What the list or the verification found wrong with an entry (ADR 012). */
export const auditProblems = [
  "hash_mismatch",
  "gap",
  "link_mismatch",
  "unkeyed",
  "unknown_key",
  "invalid_row",
] as const;
export type AuditProblem = (typeof auditProblems)[number];

export const auditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  /** The acting user's name today, when the account still exists. */
  actorName: z.string().nullable(),
  /** A known action, or what a bad row holds (then `problems` says so): the list never fails on a row. */
  action: z.string(),
  entity: z.string(),
  recordId: z.string().nullable(),
  /** What the record is (a person's name), when its entity can be named and the record still exists. */
  recordLabel: z.string().nullable(),
  /** A list read: how many records it showed (their ids are in the trail, found by recordId). */
  recordCount: z.number().int(),
  changedFields: z.array(z.string()),
  clientAddress: z.string().nullable(),
  /** Empty for a sound row. */
  problems: z.array(z.enum(auditProblems)),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

const isoDate = isoDateSchema;

export const findAuditEventsQuerySchema = pageQuerySchema
  .extend({
    actorId: z.uuid().optional(),
    action: z.enum(auditActions).optional(),
    entity: z.string().trim().max(64).optional(),
    /** Entries about this record, list reads that showed it included. */
    recordId: z.string().trim().max(64).optional(),
    /** Changes only (no reads), reads only, or everything. */
    kind: z.enum(["all", "changes", "reads"]).default("all"),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

export const auditEventPageSchema = pageOf(auditEventSchema);

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  reason: z.enum(auditProblems).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
