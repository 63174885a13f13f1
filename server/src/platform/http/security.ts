import { createHmac, timingSafeEqual } from "node:crypto";
import { roleHas } from "@otagai/shared/platform/permissions";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import helmet from "helmet";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import { findSessionUser, newToken, sessionCookieName } from "../sessions/sessions.ts";
import { AppError, type FieldProblem } from "./app-error.ts";

/** The pre-session value: a random secret an anonymous client's CSRF token is derived from. */
export const csrfCookieName = "otagai_csrf";
export const csrfHeaderName = "x-csrf-token";
const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

declare module "fastify" {
  interface FastifyContextConfig {
    /** The route checks its CSRF token in the form body itself (a public page without JavaScript). */
    formToken?: boolean;
  }
}

export function cookieOptions(request: FastifyRequest) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure: request.protocol === "https" };
}

/**
 * A CSRF token is an HMAC keyed by a secret only this client's browser holds, in an HttpOnly cookie:
 * its session token while it is logged in, else its pre-session value. So a token is good for one
 * session only (or one anonymous browser), changes at login and logout, and a value planted as both
 * cookie and header is worth nothing (ADR 004). The token does not reveal the secret.
 */
export function csrfTokenOf(secret: string): string {
  return createHmac("sha256", secret).update("otagai csrf token").digest("base64url");
}

/**
 * The CSRF token for this request's client (GET /api/auth/session): its session's while the session
 * is valid, else one from its pre-session cookie, set now if missing.
 */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  const sessionToken = request.cookies[sessionCookieName];
  if (request.user && sessionToken) return csrfTokenOf(sessionToken);
  return csrfTokenOf(preSession(request, reply));
}

/**
 * The client's pre-session value, or a new one set in its cookie. Login and logout ask for a new one
 * (`renew`), so a token seen before either is useless after it.
 */
export function preSession(request: FastifyRequest, reply: FastifyReply, renew = false): string {
  const existing = request.cookies[csrfCookieName];
  if (existing && !renew) return existing;
  const value = newToken();
  reply.setCookie(csrfCookieName, value, cookieOptions(request));
  return value;
}

/** The token a change must carry: bound to the valid session, or else to the pre-session cookie. */
function expectedCsrfToken(request: FastifyRequest): string | undefined {
  const secret = request.user ? request.cookies[sessionCookieName] : request.cookies[csrfCookieName];
  return secret ? csrfTokenOf(secret) : undefined;
}

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Helmet's headers on every response, its middleware built once: @fastify/helmet built it anew for
 * each request (option parsing and the CSP string every time, ~70 µs of a ~3 ms search).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "same-origin" },
    frameguard: { action: "deny" },
    // HSTS only makes sense once TLS terminates in front of the app; the proxy sets it.
    strictTransportSecurity: false,
  });
  app.addHook("onRequest", (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
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
      // A public HTML form posted without JavaScript carries its token in a field; its route checks it (ADR 020).
      const tokenInForm = request.routeOptions.config.formToken === true;
      if (
        !tokenInForm &&
        !sameToken(expectedCsrfToken(request), request.headers[csrfHeaderName] as string | undefined)
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

/** Text PostgreSQL cannot store (NUL, a lone surrogate): for bodies this hook does not see parsed. */
export function isUnstorableText(text: string): boolean {
  return unstorable.test(text);
}

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
