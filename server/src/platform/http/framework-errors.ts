import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import { translate } from "@otagai/shared/i18n/catalogs";
import type { ErrorCode } from "@otagai/shared/platform/errors";
import { localeFromHeader } from "@otagai/shared/platform/locales";
import type { ConnectionError, FastifyInstance, FastifyServerOptions } from "fastify";
import { AppError } from "./app-error.ts";
import { sendAppError } from "./error-handler.ts";

/**
 * Errors raised outside the routes — by the router, by Node's HTTP parser — answered like every
 * other error: `{ code, message }` in the caller's language, never Fastify's default body, which
 * echoes the URL and says "FST_ERR_BAD_URL" in English.
 */

const malformedPath = Symbol("otagai.malformedPath");
type RawRequest = { url?: string; [malformedPath]?: boolean };

/** Decodes to U+FFFD: routes like any parameter value, matches no fixed path segment, and fails every parameter schema. */
const unreadableSegment = "%EF%BF%BD";

/**
 * A path segment whose percent-encoding does not decode (%zz, a cut-off %E0%A4%A, the invalid UTF-8
 * %ED%A0%80) would stop at the router with a 400 that skips the access checks. Instead the segment
 * is replaced by a placeholder and the request marked, so it is routed and meets authentication,
 * CSRF and permission like any other (401, 403 first), then is refused as bad input (400); a
 * damaged fixed segment matches no route (404). The query string is left alone: its parser keeps
 * undecodable values as text, which the route's schema then judges.
 */
function rewriteUrl(request: RawRequest): string {
  const url = request.url ?? "/";
  if (!url.startsWith("/")) return url;
  const end = url.search(/[?#]/);
  const path = end === -1 ? url : url.slice(0, end);
  if (!path.includes("%")) return url;
  let damaged = false;
  const segments = path.split("/").map((segment) => {
    try {
      decodeURIComponent(segment);
      return segment;
    } catch {
      damaged = true;
      return unreadableSegment;
    }
  });
  if (!damaged) return url;
  request[malformedPath] = true;
  return segments.join("/") + (end === -1 ? "" : url.slice(end));
}

/** Node's own refusals (headers too large, unparsable request, too slow), before any request exists. */
function clientErrorHandler(this: FastifyInstance, error: ConnectionError, socket: Socket) {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const [status, code]: [number, ErrorCode] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "PAYLOAD_TOO_LARGE"]
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [408, "REQUEST_TIMEOUT"]
        : [400, "VALIDATION_FAILED"];
  this.log.info({ code: error.code, status }, "refused a request the HTTP parser could not read");
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  // The headers were not parsed; the language is looked for in the bytes that did arrive.
  const received: unknown = error.rawPacket;
  const text = Buffer.isBuffer(received) ? received.toString("latin1") : "";
  const header = /\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(text)?.[1];
  const body = JSON.stringify({ code, message: translate(localeFromHeader(header), `errors.${code}`) });
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      "Content-Type: application/json; charset=utf-8",
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Cache-Control: no-store",
      "X-Content-Type-Options: nosniff",
      "Connection: close",
      "",
      body,
    ].join("\r\n"),
  );
}

/** Fastify options for the above. Set when the app is created: they cannot be added later. */
export const frameworkErrorOptions = {
  rewriteUrl,
  clientErrorHandler,
  routerOptions: {
    // Parameters are judged by their schema after the access checks. The router's own limit (100)
    // would answer before them; a URL cannot outgrow Node's 16 KB header limit anyway.
    maxParamLength: 16_384,
  },
  // A safety net for what the rewrite above does not reach (an absolute-form request target, say):
  // no route is known here, so no access check can run; the answer reveals nothing either way.
  frameworkErrors: (error, request, reply) => {
    const status = error.statusCode === 414 ? 414 : (error.statusCode ?? 400) < 500 ? 400 : 500;
    sendAppError(request, reply, status, status === 500 ? "INTERNAL" : "VALIDATION_FAILED");
  },
} satisfies Partial<FastifyServerOptions>;

/** The second half of rewriteUrl: after the access checks, a damaged path is bad input. */
export function registerMalformedPathCheck(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    // Unmatched requests go on to the not-found handler (404, or the web app's index.html).
    if ((request.raw as RawRequest)[malformedPath] && request.routeOptions.url)
      throw new AppError("VALIDATION_FAILED", [
        { path: "params", code: "invalid_string", messageKey: "invalidFormat" },
      ]);
  });
}
