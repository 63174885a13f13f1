/** Small readers for URL search params: anything malformed is dropped, never an error page. */

/**
 * Search text as typed, whatever its length: the API checks it and its message is shown by the box.
 * (Dropping a too-long text here showed the unfiltered list under a box still holding the text.)
 */
export function searchString(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  return value.trim() || undefined;
}

export function searchOneOf<T extends string>(value: unknown, options: readonly T[]): T | undefined {
  return typeof value === "string" && (options as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

export function searchPage(value: unknown): number | undefined {
  const page = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(page) && page > 1 && page <= 100_000 ? page : undefined;
}

export function searchDate(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Only a path inside this app may be a place to come back to after login. */
export function safeRedirect(value: unknown): string | undefined {
  return typeof value === "string" &&
    value.startsWith("/") &&
    !value.startsWith("//") &&
    !value.startsWith("/login")
    ? value
    : undefined;
}
