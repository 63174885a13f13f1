import { errorCodes } from "@otagai/shared/platform/error-codes";
import type { ErrorResponse, FieldError } from "@otagai/shared/platform/errors";
import { i18n } from "./i18n";

// Answers are typed, not checked again here: the server checks each one against the shared schema
// before sending it. Checking them here too would put zod in the entry chunk, for every page.

/** An error answer from the API, or a network failure (status 0, code INTERNAL). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorResponse["code"];
  readonly fields: FieldError[];
  /** What some refusals carry besides the message (a 409 on attendance: the days saved first). */
  readonly details: unknown;

  constructor(status: number, body: ErrorResponse) {
    super(body.message);
    this.name = "ApiError";
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? [];
    this.details = body.details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// The CSRF token of the current session; every answer that carries a SessionState refreshes it.
let csrfToken = "";
export function setCsrfToken(token: string) {
  csrfToken = token;
}

/**
 * Why the page lost its session: `expired` (a 401: it timed out, or was ended elsewhere) or
 * `changed` (someone else is signed in in this browser now).
 */
export type SessionLoss = "expired" | "changed";
type UnauthenticatedHandler = (reason: SessionLoss) => void;
let onUnauthenticated: UnauthenticatedHandler = () => {};
/** The app registers what a 401 means (log in again over the page, or the login page); set once at start-up. */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler) {
  onUnauthenticated = handler;
}

type SignedInUserReader = () => string | null;
let signedInUserId: SignedInUserReader = () => null;
/**
 * The app registers how to read the id of the user this page believes is signed in (the session
 * query), or null on the login page; set once at start-up.
 */
export function setSignedInUserReader(reader: SignedInUserReader) {
  signedInUserId = reader;
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: RequestOptions["query"]): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value.path === "string" &&
    typeof value.code === "string" &&
    typeof value.message === "string"
  );
}

/** The API's error shape (`{ code, message, fields? }`, a known code), as errorResponseSchema has it. */
function isErrorResponse(value: unknown): value is ErrorResponse {
  return (
    isRecord(value) &&
    typeof value.code === "string" &&
    knownCodes.has(value.code) &&
    typeof value.message === "string" &&
    (value.fields === undefined || (Array.isArray(value.fields) && value.fields.every(isFieldError)))
  );
}

async function readError(response: Response): Promise<ErrorResponse> {
  try {
    const body: unknown = await response.json();
    if (isErrorResponse(body)) return body;
  } catch {
    // Not JSON (a proxy's HTML page, say): fall through to a generic message.
  }
  return { code: "INTERNAL", message: i18n.t("errors.INTERNAL") };
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": i18n.language };
  // A change without input (logout, disable) still sends an empty JSON object: the server's
  // "no body" schema is a strict empty object, and an absent body reaches it as null.
  const body = method === "GET" ? undefined : (options.body ?? {});
  if (method !== "GET") headers["x-csrf-token"] = csrfToken;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return fetch(buildUrl(path, options.query), {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: options.signal,
  });
}

/**
 * After 403 CSRF_REJECTED: asks the server whose session the browser holds now, and takes its token
 * only if it is still the user this page believes is signed in (a new session of the same user,
 * from another tab, or a new pre-session token before login). True when the change may be resent.
 * Someone else (another person logged in in another tab of a shared PC) or nobody: false, and the
 * token stays stale, so that this page cannot act as that person.
 */
async function refreshCsrfTokenOfSameUser(): Promise<boolean> {
  const response = await send("/api/auth/session", {});
  if (!response.ok) return false;
  const body = (await response.json()) as { csrfToken?: unknown; user?: { id?: unknown } | null };
  const current = typeof body.user?.id === "string" ? body.user.id : null;
  if (current !== signedInUserId() || typeof body.csrfToken !== "string") return false;
  setCsrfToken(body.csrfToken);
  return true;
}

/**
 * Calls the API and returns the body as the type the caller names (undefined for 204), e.g.
 * `apiRequest<SessionState>("/api/auth/session")`. Throws ApiError.
 */
export async function apiRequest<T = undefined>(path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  let sessionChanged = false;
  try {
    response = await send(path, options);
    if (response.status === 403 && (options.method ?? "GET") !== "GET") {
      const peek = await readError(response.clone());
      // The token rotates at login and logout (maybe in another tab): retry once with the current
      // one, but only as the same user; a change meant for one person is never sent as another.
      if (peek.code === "CSRF_REJECTED") {
        if (await refreshCsrfTokenOfSameUser()) response = await send(path, options);
        else sessionChanged = true;
      }
    }
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, { code: "INTERNAL", message: i18n.t("errors.INTERNAL") });
  }
  if (!response.ok) {
    const body = await readError(response);
    // Someone else logged in since this page was loaded: back to the login page, with the
    // CSRF_REJECTED message ("reload the page") for the form that was being sent. The session
    // timed out or was ended: the app asks for the password again over the page (nothing resent).
    if (sessionChanged) onUnauthenticated("changed");
    else if (response.status === 401 && body.code === "UNAUTHENTICATED") onUnauthenticated("expired");
    throw new ApiError(response.status, body);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
