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
});
