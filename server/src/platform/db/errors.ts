/** PostgreSQL's SQLSTATE of a failed query, whether the driver error is wrapped by Drizzle or not. */
export function sqlStateOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const uniqueViolation = "23505";
/** A server whose default isolation is serializable reports a concurrent insert of the same key so. */
export const serializationFailure = "40001";
export const foreignKeyViolation = "23503";
export const insufficientPrivilege = "42501";
