import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/test-app.ts";

const t = useTestApp();

describe("audit trail routes", () => {
  it("lists what users did, newest first, filtered by action, entity, record and date", async () => {
    const admin = await t.loginAs("admin");
    const created = await t.request({
      method: "POST",
      url: "/api/users",
      session: admin,
      payload: {
        email: "audit-target@test.otagai.example",
        displayName: "監査 太郎",
        role: "staff",
        password: "a-long-passphrase-9",
      },
    });
    expect(created.statusCode).toBe(201);
    const userId = created.json().id;
    await t.request({ method: "GET", url: `/api/users/${userId}`, session: admin });

    const all = await t.request({
      method: "GET",
      url: `/api/audit-events?recordId=${userId}`,
      session: admin,
    });
    expect(all.statusCode).toBe(200);
    const items = all.json().items;
    expect(items.map((item: { action: string }) => item.action)).toEqual(["read", "create"]);
    expect(items[1]).toMatchObject({ entity: "user", actorEmail: admin.email, recordId: userId });
    expect(items[1].changedFields).toContain("password");
    expect(JSON.stringify(items)).not.toContain("a-long-passphrase-9");
    expect(items[0].clientAddress).toBeTruthy();

    const creates = await t.request({
      method: "GET",
      url: "/api/audit-events?action=create&entity=user",
      session: admin,
    });
    expect(creates.json().items.every((item: { action: string }) => item.action === "create")).toBe(true);

    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());
    const ofToday = await t.request({
      method: "GET",
      url: `/api/audit-events?from=${today}&to=${today}`,
      session: admin,
    });
    expect(ofToday.json().total).toBeGreaterThanOrEqual(3);
    const ofLongAgo = await t.request({
      method: "GET",
      url: "/api/audit-events?from=2001-01-01&to=2001-01-31",
      session: admin,
    });
    expect(ofLongAgo.json()).toMatchObject({ total: 0, items: [] });

    const byActor = await t.request({
      method: "GET",
      url: `/api/audit-events?actorId=${admin.userId}&pageSize=1`,
      session: admin,
    });
    expect(byActor.json()).toMatchObject({ pageSize: 1, page: 1 });
    expect(byActor.json().items).toHaveLength(1);
  });

  it("reports the chain as intact", async () => {
    const admin = await t.loginAs("admin");
    const response = await t.request({
      method: "GET",
      url: "/api/audit-events/verification",
      session: admin,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, firstBrokenId: null });
    expect(response.json().checked).toBeGreaterThan(0);
  });

  it("records each read of the trail itself", async () => {
    const admin = await t.loginAs("admin");
    await t.request({ method: "GET", url: "/api/audit-events?action=create", session: admin });
    const reads = await t.request({
      method: "GET",
      url: `/api/audit-events?entity=audit_event&actorId=${admin.userId}`,
      session: admin,
    });
    expect(reads.json().items.length).toBeGreaterThanOrEqual(1);
    expect(reads.json().items[0]).toMatchObject({ action: "read", entity: "audit_event", recordId: null });
    // The page named the admin (as the actor): that read shows up when asking who saw the admin.
    const whoSawAdmin = await t.request({
      method: "GET",
      url: `/api/audit-events?recordId=${admin.userId}&entity=audit_event`,
      session: admin,
    });
    expect(whoSawAdmin.json().items.length).toBeGreaterThanOrEqual(1);
  });

  it("refuses a well-formed date PostgreSQL does not accept (year 0) with 400, not 500", async () => {
    const admin = await t.loginAs("admin");
    const response = await t.request({
      method: "GET",
      url: "/api/audit-events?from=0000-01-01",
      session: admin,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0]).toMatchObject({
      path: "querystring.from",
      message: "日付の形式が正しくありません（例: 2026-04-01）。",
    });
  });

  it("refuses an invalid date with the field named", async () => {
    const admin = await t.loginAs("admin");
    const response = await t.request({
      method: "GET",
      url: "/api/audit-events?from=2026-02-30",
      session: admin,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].path).toBe("querystring.from");
  });

  it("names the record and the actor, and keeps list reads out of a view of changes", async () => {
    const admin = await t.loginAs("admin", { displayName: "監査 花子" });
    const target = await t.loginAs("staff", { displayName: "記録 次郎" });
    await t.request({ method: "GET", url: `/api/users/${target.userId}`, session: admin });

    const entries = await t.request({
      method: "GET",
      url: `/api/audit-events?recordId=${target.userId}&actorId=${admin.userId}`,
      session: admin,
    });
    expect(entries.json().items[0]).toMatchObject({
      action: "read",
      recordLabel: "記録 次郎",
      actorName: "監査 花子",
      recordCount: 0,
      problems: [],
    });

    const changes = await t.request({ method: "GET", url: "/api/audit-events?kind=changes", session: admin });
    expect(changes.json().items.length).toBeGreaterThan(0);
    expect(changes.json().items.some((item: { action: string }) => item.action === "read")).toBe(false);
    const reads = await t.request({ method: "GET", url: "/api/audit-events?kind=reads", session: admin });
    expect(reads.json().items.every((item: { action: string }) => item.action === "read")).toBe(true);
  });

  it("answers who saw a person, including in a list of people", async () => {
    const admin = await t.loginAs("admin");
    const seen = await t.loginAs("staff", { displayName: "一覧 三郎", displayNameKana: "いちらん さぶろう" });
    const list = await t.request({ method: "GET", url: "/api/users?q=いちらん", session: admin });
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(seen.userId);

    const whoSaw = await t.request({
      method: "GET",
      url: `/api/audit-events?recordId=${seen.userId}&kind=reads`,
      session: admin,
    });
    const listRead = whoSaw.json().items.find((item: { recordId: string | null }) => item.recordId === null);
    expect(listRead).toMatchObject({ action: "read", entity: "user", actorId: admin.userId });
    expect(listRead.recordCount).toBeGreaterThanOrEqual(1);
  });

  it("reports a bad row instead of failing on it, in the list and in the verification", async () => {
    const admin = await t.loginAs("admin");
    await t.request({ method: "GET", url: "/api/audit-events?pageSize=1", session: admin });
    // A row the app could not write: the shape constraint has to be dropped first (as an owner could).
    await t.database.withRawSession(async (session) => {
      await session.exec("alter table audit_events drop constraint audit_events_shape");
      const [last] = await session.query<{ id: string; hash: string }>(
        "select id, hash from audit_events order by id desc limit 1",
      );
      await session.query(
        `insert into audit_events (id, occurred_at, action, entity, record_id, prev_hash, hash)
         values ($1, now(), 'teleport', 'user', 'x', $2, $3)`,
        [Number(last?.id) + 1, last?.hash, "f".repeat(64)],
      );
    });
    try {
      const list = await t.request({ method: "GET", url: "/api/audit-events?pageSize=5", session: admin });
      expect(list.statusCode, list.body).toBe(200);
      const bad = list.json().items.find((item: { action: string }) => item.action === "teleport");
      expect(bad.problems).toEqual(["invalid_row"]);

      const verification = await t.request({
        method: "GET",
        url: "/api/audit-events/verification",
        session: admin,
      });
      expect(verification.statusCode).toBe(200);
      expect(verification.json()).toMatchObject({ ok: false, firstBrokenId: bad.id, reason: "invalid_row" });
    } finally {
      // The rest of this file's trail stays readable: later appends chain after the bad row.
      await t.database.withRawSession((session) =>
        session.exec(
          "alter table audit_events add constraint audit_events_shape check (action <> 'x') not valid",
        ),
      );
    }
  });
});
