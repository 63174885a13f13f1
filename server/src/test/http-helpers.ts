import type { ErrorCode } from "@otagai/shared/platform/errors";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { users } from "../modules/users/users.tables.ts";
import { auditEvents } from "../platform/audit/audit.tables.ts";
import type { Database } from "../platform/db/client.ts";
import { sessions } from "../platform/sessions/sessions.tables.ts";
import { hashToken, sessionCookieName } from "../platform/sessions/sessions.ts";
import { testPassword } from "./factories.ts";
import type { Session, TestApp } from "./test-app.ts";

/** Helpers shared by the route tests: logging in by hand, reading cookies, looking at rows. */

export function cookieOf(response: LightMyRequestResponse, name: string) {
  return response.cookies.find((cookie) => cookie.name === name);
}

/** One login attempt through the real route, from a fresh anonymous client. */
export async function attemptLogin(
  t: TestApp,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const anonymous = await t.anonymous();
  return t.request({
    method: "POST",
    url: "/api/auth/login",
    session: anonymous,
    payload: { email, password },
    headers,
  });
}

/** The session a successful login response hands out, ready for later requests. */
export function sessionOf(response: LightMyRequestResponse): Session {
  const token = cookieOf(response, sessionCookieName)?.value;
  const csrf = cookieOf(response, "otagai_csrf")?.value;
  if (!token || !csrf) throw new Error(`no session in the response: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return {
    cookie: `${sessionCookieName}=${token}; otagai_csrf=${csrf}`,
    csrfToken: body.csrfToken,
    userId: body.user.id,
    email: body.user.email,
  };
}

/** Logs in as an existing user (the factories' shared password by default); fails the test otherwise. */
export async function loginWith(t: TestApp, email: string, password = testPassword): Promise<Session> {
  const response = await attemptLogin(t, email, password);
  expect(response.statusCode, response.body).toBe(200);
  return sessionOf(response);
}

/** The token in a session's cookie, and the id it is stored under (its SHA-256). */
export function sessionIdOf(session: Session): string {
  const match = new RegExp(`${sessionCookieName}=([^;]+)`).exec(session.cookie);
  if (!match?.[1]) throw new Error("not a logged-in session");
  return hashToken(match[1]);
}

/** Asserts an error response: its status, its stable code, and (optionally) the fields it names. */
export function expectError(
  response: LightMyRequestResponse,
  status: number,
  code: ErrorCode,
  fieldPaths?: string[],
) {
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json();
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe("string");
  if (fieldPaths) expect(body.fields?.map((field: { path: string }) => field.path)).toEqual(fieldPaths);
  return body as {
    code: ErrorCode;
    message: string;
    fields?: { path: string; code: string; message: string }[];
  };
}

export async function countRows(db: Database, table: PgTable): Promise<number> {
  const [row] = await db.select({ total: count() }).from(table);
  return row?.total ?? 0;
}

/** Audit entries matching every given column, newest first. */
export function auditEventsWhere(
  db: Database,
  filter: { action?: string; entity?: string; recordId?: string | null; actorId?: string },
) {
  const conditions = [
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.entity ? eq(auditEvents.entity, filter.entity) : undefined,
    filter.recordId === null ? isNull(auditEvents.recordId) : undefined,
    filter.recordId ? eq(auditEvents.recordId, filter.recordId) : undefined,
    filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
  ];
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id));
}

export async function userRow(db: Database, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export function sessionRowsOf(db: Database, userId: string) {
  return db.select().from(sessions).where(eq(sessions.userId, userId));
}
