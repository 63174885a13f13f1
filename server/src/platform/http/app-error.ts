import type { ErrorCode, FieldError } from "@otagai/shared/platform/errors";

const statusByCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  PASSWORD_POLICY: 400,
  PASSWORD_WRONG: 400,
  CANNOT_CHANGE_SELF: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_UPDATE: 409,
  EMAIL_TAKEN: 409,
  LAST_ADMIN: 409,
  CASE_STEP_NOT_ALLOWED: 409,
  DUPLICATE_SUSPECTED: 409,
  EXPORT_TOO_LARGE: 400,
  /** A well-formed month or term outside the record's period (a placement's printed forms). */
  OUT_OF_PERIOD: 422,
  SAME_RECORD: 400,
  ALREADY_MERGED: 409,
  /** The consultation or case is already evidence of that policy issue. */
  ALREADY_EVIDENCE: 409,
  SWEEP_RUNNING: 409,
  /** A consultant or a room already booked at an overlapping time (details.conflict says which). */
  APPOINTMENT_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  REQUEST_TIMEOUT: 408,
  RATE_LIMITED: 429,
  ACCOUNT_LOCKED: 429,
  INTERNAL: 500,
};

/** A field error before translation: the message is a catalog key under `validation.`. */
export type FieldProblem = {
  path: string;
  code: string;
  messageKey: string;
  params?: Record<string, string | number>;
};

/**
 * The one error type services throw; the error handler turns it into a translated response.
 * `messageParams` fill the message's placeholders (ACCOUNT_LOCKED: until when); `headers` go out with
 * a 429 (Retry-After); `details` go out in the body, for a 409 that names what someone saved first.
 */
export class AppError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields: FieldProblem[] = [],
    readonly messageParams: Record<string, string | number> = {},
    readonly headers?: Record<string, string>,
    readonly details?: unknown,
  ) {
    super(code);
    this.statusCode = statusByCode[code];
  }
}

export type TranslatedFieldError = FieldError;
