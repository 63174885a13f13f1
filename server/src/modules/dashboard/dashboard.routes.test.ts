import { eq, gte, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit.tables.ts";
import { sessions } from "../../platform/sessions/sessions.tables.ts";
import { buildUser } from "../../test/factories.ts";
import { countRows, expectError, sessionIdOf, userRow } from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";
import { insertPrograms } from "../programs/programs.repository.ts";
import { programs } from "../programs/programs.tables.ts";

const t = useTestApp();
let admin: Session;
let viewer: Session;
const programIdByCode = new Map<string, string>();

beforeAll(async () => {
  admin = await t.loginAs("admin");
  viewer = await t.loginAs("viewer");
  for (const role of ["coordinator", "coordinator", "consultant"] as const)
    await buildUser(t.database.db, { role });
  await buildUser(t.database.db, { role: "staff", status: "disabled" });
  await insertPrograms(t.database.db, [
    { code: "dash-a", name: "集計試験事業A", nameKana: "しゅうけいしけんじぎょうえー" },
    { code: "dash-b", name: "あさひ試験事業", nameKana: "あさひしけんじぎょう" },
    { code: "dash-closed", name: "集計試験事業(終了)", active: false },
  ]);
  const rows = await t.database.db
    .select({ id: programs.id, code: programs.code })
    .from(programs)
    .where(inArray(programs.code, ["dash-a", "dash-b", "dash-closed"]));
  for (const row of rows) programIdByCode.set(row.code, row.id);
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

describe("GET /api/dashboard for an administrator", () => {
  it("counts the active users by role, leaving disabled ones out", async () => {
    const { people } = await dashboard(admin);
    expect(people.usersByRole).toEqual([
      { role: "admin", count: 1 },
      { role: "consultant", count: 1 },
      { role: "coordinator", count: 2 },
      { role: "viewer", count: 1 },
    ]);
    expect(people.activeUsers).toBe(5);
  });

  it("counts only the active programs", async () => {
    expect((await dashboard(admin)).people.activePrograms).toBe(2);
  });

  it("counts the sessions in use and the audit entries of today", async () => {
    const { system } = await dashboard(admin);
    expect(system.activeSessions).toBe(await countRows(t.database.db, sessions));
    expect(system.activeSessions).toBe(2);
    expect(system.auditEventsToday).toBe(await auditEventsTodayInJapan());
    // Two logins, at least: the audit trail of this file's schema is not empty.
    expect(system.auditEventsToday).toBeGreaterThanOrEqual(2);
  });

  it("follows the database as it changes", async () => {
    const before = await dashboard(admin);
    const staff = await t.loginAs("staff");
    await insertPrograms(t.database.db, [{ code: "dash-c", name: "集計試験事業C" }]);

    const after = await dashboard(admin);
    expect(after.people.activeUsers).toBe(before.people.activeUsers + 1);
    expect(after.people.usersByRole).toContainEqual({ role: "staff", count: 1 });
    expect(after.people.activePrograms).toBe(before.people.activePrograms + 1);
    expect(after.system.activeSessions).toBe(before.system.activeSessions + 1);
    expect(after.system.auditEventsToday).toBe(await auditEventsTodayInJapan());

    // An idle session is no longer counted as in use.
    await t.database.db.execute(
      sql`update sessions set last_seen_at = now() - make_interval(mins => ${t.config.sessionIdleMinutes + 1}) where id = ${sessionIdOf(staff)}`,
    );
    expect((await dashboard(admin)).system.activeSessions).toBe(before.system.activeSessions);
  });
});

describe("GET /api/dashboard for the other roles: what each one works on", () => {
  it("shows a coordinator the active programs they work on, by reading, and no one's sessions or audit counts", async () => {
    const coordinator = await t.loginAs("coordinator", {
      programIds: [
        programIdByCode.get("dash-a") as string,
        programIdByCode.get("dash-b") as string,
        programIdByCode.get("dash-closed") as string,
      ],
    });
    const figures = await dashboard(coordinator);
    expect(figures.myPrograms).toEqual([
      { id: programIdByCode.get("dash-b"), name: "あさひ試験事業" },
      { id: programIdByCode.get("dash-a"), name: "集計試験事業A" },
    ]);
    expect(figures.people).toBeNull();
    expect(figures.system).toBeNull();
    expect(JSON.stringify(figures)).not.toMatch(/activeSessions|auditEventsToday|usersByRole/);
  });

  it("shows a manager the people (users.read) but not the system's sessions and audit counts", async () => {
    const manager = await t.loginAs("manager");
    const figures = await dashboard(manager);
    expect(figures.people.activeUsers).toBeGreaterThan(0);
    expect(figures.system).toBeNull();
    expect(figures.myPrograms).toEqual([]);
  });

  it("shows a read-only viewer neither", async () => {
    const figures = await dashboard(viewer);
    expect(figures.people).toBeNull();
    expect(figures.system).toBeNull();
  });

  it("shows the caller's previous login: none on a first login, the first one on the second", async () => {
    expect((await dashboard(viewer)).lastLoginAt).toBeNull();
    const firstLogin = (await userRow(t.database.db, viewer.userId))?.lastLoginAt;
    expect(firstLogin).toBeInstanceOf(Date);
    const again = await t.loginWith(viewer.email);
    expect((await dashboard(again)).lastLoginAt).toBe(firstLogin?.toISOString());
  });

  it("names a program by its current name, and drops it once it is closed", async () => {
    const id = programIdByCode.get("dash-a") as string;
    const consultant = await t.loginAs("consultant", { programIds: [id] });
    await t.database.db.update(programs).set({ name: "改名試験事業" }).where(eq(programs.id, id));
    expect((await dashboard(consultant)).myPrograms).toEqual([{ id, name: "改名試験事業" }]);
    await t.database.db.update(programs).set({ active: false }).where(eq(programs.id, id));
    expect((await dashboard(consultant)).myPrograms).toEqual([]);
  });

  it("is not open to partners or anonymous callers", async () => {
    const partner = await t.loginAs("partner");
    expectError(
      await t.request({ method: "GET", url: "/api/dashboard", session: partner }),
      403,
      "FORBIDDEN",
    );
    expectError(await t.request({ method: "GET", url: "/api/dashboard" }), 401, "UNAUTHENTICATED");
  });
});
