import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * Personal data stays out of the log and out of caches. A search for a person's name travels in
 * the query string (/api/users?q=山田), so the log shows paths only; bodies are never logged; a
 * failed query's parameters are dropped. Every API response is `no-store`: a shared office PC's
 * browser cache or a proxy must not keep a list of people.
 */

/** The path without the query string (or fragment). */
export function pathOf(url: string | undefined): string {
  const end = (url ?? "").search(/[?#]/);
  return end === -1 ? (url ?? "") : (url ?? "").slice(0, end);
}

type LoggedError = {
  type: string;
  message: string;
  stack: string;
  code?: unknown;
  cause?: LoggedError;
  [key: string]: unknown;
};

/**
 * pino's error shape without what may quote input: drizzle's "Failed query: … params: …" loses its
 * parameters, and PostgreSQL's `detail` ("Key (email)=(…) already exists") is left out.
 */
function serializeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error), stack: "" };
  const failedQuery = error as Error & { query?: unknown; params?: unknown; code?: unknown };
  const message =
    typeof failedQuery.query === "string" && "params" in failedQuery
      ? `Failed query: ${failedQuery.query}`
      : error.message;
  return {
    type: error.name,
    message,
    stack: (error.stack ?? "").replace(error.message, message),
    ...(failedQuery.code !== undefined ? { code: failedQuery.code } : {}),
    ...(error.cause !== undefined && depth < 5 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}

export const logSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: pathOf(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  }),
  err: (error: Error) => serializeError(error),
};

/**
 * `Cache-Control: no-store` on every API response, errors included, whatever a handler set; other
 * responses keep their own policy (hashed assets are immutable, index.html no-cache) and get
 * `no-store` only when they set none.
 */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply) => {
    const api = (request.routeOptions.url ?? pathOf(request.url)).startsWith("/api");
    if (api || !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
  });
}
