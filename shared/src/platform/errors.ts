import { z } from "zod";

/** Stable error codes: clients branch on these, never on messages. */
export const errorCodes = [
  "VALIDATION_FAILED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CSRF_REJECTED",
  "NOT_FOUND",
  "CONFLICT",
  "STALE_UPDATE",
  "RATE_LIMITED",
  "LOGIN_FAILED",
  "ACCOUNT_LOCKED",
  "PASSWORD_POLICY",
  "PASSWORD_WRONG",
  "EMAIL_TAKEN",
  "CANNOT_CHANGE_SELF",
  "LAST_ADMIN",
  "PAYLOAD_TOO_LARGE",
  "REQUEST_TIMEOUT",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldErrorSchema = z.object({
  path: z.string().describe("dot path of the field, e.g. body.email"),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorResponseSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  fields: z.array(fieldErrorSchema).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
