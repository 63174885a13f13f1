import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";

export const auditActions = [
  "create",
  "update",
  "delete",
  "read",
  "login",
  "login_failed",
  "logout",
  "disable",
  "enable",
  "unlock",
  "password_change",
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  action: z.enum(auditActions),
  entity: z.string(),
  recordId: z.string().nullable(),
  changedFields: z.array(z.string()),
  clientAddress: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

const isoDate = isoDateSchema;

export const findAuditEventsQuerySchema = pageQuerySchema
  .extend({
    actorId: z.uuid().optional(),
    action: z.enum(auditActions).optional(),
    entity: z.string().trim().max(64).optional(),
    recordId: z.string().trim().max(64).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

export const auditEventPageSchema = pageOf(auditEventSchema);

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  reason: z.enum(["hash_mismatch", "gap", "link_mismatch"]).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
