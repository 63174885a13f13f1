import { timingSafeEqual } from "node:crypto";
import { roleHas } from "@otagai/shared/platform/permissions";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import { findSessionUser, newToken, sessionCookieName } from "../sessions/sessions.ts";
import { AppError, type FieldProblem } from "./app-error.ts";

export const csrfCookieName = "otagai_csrf";
export const csrfHeaderName = "x-csrf-token";
const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function cookieOptions(request: FastifyRequest) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure: request.protocol === "https" };
}

/** The CSRF token for this client: the one in its cookie, or a new one set now. */
export function ensureCsrfToken(request: FastifyRequest, reply: FastifyReply, rotate = false): string {
  const existing = request.cookies[csrfCookieName];
  if (existing && !rotate) return existing;
  const token = newToken();
  reply.setCookie(csrfCookieName, token, cookieOptions(request));
  return token;
}

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The fixed order for every API request: authenticate → check CSRF → authorize. Validation runs
 * after this, so a caller without permission learns nothing about the input rules.
 */
export function registerAccessControl(app: FastifyInstance, db: Database, config: Config): void {
  app.decorateRequest("user", null);
  app.addHook("onRequest", async (request) => {
    // Decide from the route the router matched, never from the raw URL: "/%61pi/users" is routed
    // to "/api/users" and must meet the same checks.
    const routePath = request.routeOptions.url;
    if (!routePath) return; // no route: the not-found handler answers
    const permission = request.routeOptions.config.permission;
    if (permission === undefined) throw new AppError("FORBIDDEN");
    const token = request.cookies[sessionCookieName];
    if (token && routePath.startsWith("/api/"))
      request.user = await findSessionUser(db, token, config.sessionPolicy);
    if (permission !== "public" && !request.user) throw new AppError("UNAUTHENTICATED");
    if (unsafeMethods.has(request.method)) {
      if (
        !sameToken(request.cookies[csrfCookieName], request.headers[csrfHeaderName] as string | undefined)
      ) {
        throw new AppError("CSRF_REJECTED");
      }
      const site = request.headers["sec-fetch-site"];
      if (site && site !== "same-origin" && site !== "none") throw new AppError("CSRF_REJECTED");
    }
    if (request.user && !roleHas(request.user.role, permission)) throw new AppError("FORBIDDEN");
  });

  // PostgreSQL cannot store NUL characters or lone surrogates: refuse them as bad input (400),
  // before any handler runs, instead of failing later with a 500.
  app.addHook("preValidation", async (request) => {
    const problems: FieldProblem[] = [];
    findUnstorableText(request.body, "body", problems);
    findUnstorableText(request.query, "querystring", problems);
    findUnstorableText(request.params, "params", problems);
    if (problems.length > 0) throw new AppError("VALIDATION_FAILED", problems.slice(0, 20));
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what we refuse
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findUnstorableText(value: unknown, path: string, problems: FieldProblem[], depth = 0): void {
  if (problems.length >= 20 || depth > 32) return;
  if (typeof value === "string") {
    if (unstorable.test(value)) problems.push({ path, code: "invalid_string", messageKey: "invalidFormat" });
    return;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries())
      findUnstorableText(item, `${path}.${index}`, problems, depth + 1);
    return;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (unstorable.test(key))
        problems.push({ path: `${path}.${key}`, code: "invalid_key", messageKey: "invalidFormat" });
      findUnstorableText(item, `${path}.${key}`, problems, depth + 1);
    }
  }
}
