import { gte, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit.tables.ts";
import { sessions } from "../../platform/sessions/sessions.tables.ts";
import { buildUser } from "../../test/factories.ts";
import { countRows, expectError, sessionIdOf, userRow } from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";
import { insertPrograms } from "../programs/programs.repository.ts";

const t = useTestApp();
let admin: Session;
let viewer: Session;

beforeAll(async () => {
  admin = await t.loginAs("admin");
  viewer = await t.loginAs("viewer");
  for (const role of ["coordinator", "coordinator", "consultant"] as const)
    await buildUser(t.database.db, { role });
  await buildUser(t.database.db, { role: "staff", status: "disabled" });
  await insertPrograms(t.database.db, [
    { code: "dash-a", name: "集計試験事業A" },
    { code: "dash-b", name: "集計試験事業B" },
    { code: "dash-closed", name: "集計試験事業(終了)", active: false },
  ]);
});

async function dashboard(session: Session) {
  const response = await t.request({ method: "GET", url: "/api/dashboard", session });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Audit entries since midnight in Japan, counted straight from the table. */
async function auditEventsTodayInJapan(): Promise<number> {
  const rows = await t.database.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      gte(
        auditEvents.occurredAt,
        sql`(date_trunc('day', now() at time zone 'Asia/Tokyo') at time zone 'Asia/Tokyo')`,
      ),
    );
  return rows.length;
}

describe("GET /api/dashboard", () => {
  it("counts the active users by role, leaving disabled ones out", async () => {
    const figures = await dashboard(admin);
    expect(figures.usersByRole).toEqual([
      { role: "admin", count: 1 },
      { role: "consultant", count: 1 },
      { role: "coordinator", count: 2 },
      { role: "viewer", count: 1 },
    ]);
    expect(figures.activeUsers).toBe(5);
  });

  it("counts only the active programs", async () => {
    expect((await dashboard(admin)).programs).toBe(2);
  });

  it("counts the sessions in use and the audit entries of today", async () => {
    const figures = await dashboard(admin);
    expect(figures.activeSessions).toBe(await countRows(t.database.db, sessions));
    expect(figures.activeSessions).toBe(2);
    expect(figures.auditEventsToday).toBe(await auditEventsTodayInJapan());
    // Two logins, at least: the audit trail of this file's schema is not empty.
    expect(figures.auditEventsToday).toBeGreaterThanOrEqual(2);
  });

  it("follows the database as it changes", async () => {
    const before = await dashboard(admin);
    const staff = await t.loginAs("staff");
    await insertPrograms(t.database.db, [{ code: "dash-c", name: "集計試験事業C" }]);

    const after = await dashboard(admin);
    expect(after.activeUsers).toBe(before.activeUsers + 1);
    expect(after.usersByRole).toContainEqual({ role: "staff", count: 1 });
    expect(after.programs).toBe(before.programs + 1);
    expect(after.activeSessions).toBe(before.activeSessions + 1);
    expect(after.auditEventsToday).toBe(await auditEventsTodayInJapan());

    // An idle session is no longer counted as in use.
    await t.database.db.execute(
      sql`update sessions set last_seen_at = now() - make_interval(mins => ${t.config.sessionIdleMinutes + 1}) where id = ${sessionIdOf(staff)}`,
    );
    expect((await dashboard(admin)).activeSessions).toBe(before.activeSessions);
  });

  it("shows the caller's previous login: none on a first login, the first one on the second", async () => {
    expect((await dashboard(viewer)).lastLoginAt).toBeNull();
    const firstLogin = (await userRow(t.database.db, viewer.userId))?.lastLoginAt;
    expect(firstLogin).toBeInstanceOf(Date);
    const again = await t.loginWith(viewer.email);
    expect((await dashboard(again)).lastLoginAt).toBe(firstLogin?.toISOString());
  });

  it("is open to read-only roles but not to partners or anonymous callers", async () => {
    expect((await dashboard(viewer)).activeUsers).toBeGreaterThan(0);
    const partner = await t.loginAs("partner");
    expectError(
      await t.request({ method: "GET", url: "/api/dashboard", session: partner }),
      403,
      "FORBIDDEN",
    );
    expectError(await t.request({ method: "GET", url: "/api/dashboard" }), 401, "UNAUTHENTICATED");
  });
});
