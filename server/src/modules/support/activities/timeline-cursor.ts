import { AppError } from "../../../platform/http/app-error.ts";

/**
 * The timeline's keyset cursor: the last shown activity's (occurred_at, id), opaque to clients
 * (base64url of both). occurred_at travels as PostgreSQL's own text of it, to the microsecond,
 * because a JavaScript Date keeps milliseconds only: rounding would repeat or skip entries.
 */
export type TimelineCursor = { occurredAt: string; id: string };

const exactTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: TimelineCursor): string {
  return Buffer.from(JSON.stringify([cursor.occurredAt, cursor.id])).toString("base64url");
}

/** The cursor a client sent back; anything else is a field error on `before`, never a 500. */
export function decodeCursor(text: string): TimelineCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === "string" &&
    typeof value[1] === "string" &&
    exactTimestamp.test(value[0]) &&
    !Number.isNaN(Date.parse(value[0])) &&
    uuid.test(value[1])
  )
    return { occurredAt: value[0], id: value[1] };
  throw new AppError("VALIDATION_FAILED", [
    { path: "querystring.before", code: "invalid_cursor", messageKey: "invalidFormat" },
  ]);
}
