/**
 * Stable error codes: clients branch on these, never on messages. A module without zod (errors.ts
 * re-exports them), so the browser's entry chunk can check an error answer (web/src/app/api-client.ts).
 */
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
  "CASE_STEP_NOT_ALLOWED",
  "DUPLICATE_SUSPECTED",
  "EXPORT_TOO_LARGE",
  "OUT_OF_PERIOD",
  "SAME_RECORD",
  "ALREADY_MERGED",
  "ALREADY_EVIDENCE",
  "SWEEP_RUNNING",
  "APPOINTMENT_CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "REQUEST_TIMEOUT",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof errorCodes)[number];
