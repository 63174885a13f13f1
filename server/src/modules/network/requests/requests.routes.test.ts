import { describe, expect, it } from "vitest";
import { buildNetworkRequest } from "../../../test/factories/network-requests.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();

const talk = {
  receivedOn: "2026-05-10",
  origin: "external",
  kind: "talk",
  requesterName: "川村 直子",
  requesterOrganization: "みどり台市立みどり台中学校（架空）",
  requesterContact: "045-000-1201",
  title: "総合学習の講演",
  details: "2年生に45分",
  wantedOn: "2026-06-20",
};

function create(session: Session, payload: Record<string, unknown>) {
  return t.request({ method: "POST", url: "/api/network/requests", session, payload });
}

function move(session: Session, id: string, payload: Record<string, unknown>) {
  return t.request({ method: "POST", url: `/api/network/requests/${id}/status`, session, payload });
}

async function titles(session: Session, query: string) {
  const response = await t.request({ method: "GET", url: `/api/network/requests?${query}`, session });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { title: string }[]).map((item) => item.title);
}

describe("requests (諸資源の活用)", () => {
  it("records a request with its owner, audits it, and edits it with the version (409 when stale)", async () => {
    const staff = await t.loginAs("staff");
    const created = await create(staff, { ...talk, ownerId: staff.userId });
    expect(created.statusCode, created.body).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({ status: "new", ownerId: staff.userId, version: 1, outcome: "" });
    expect(request.ownerName).toEqual(expect.any(String));
    const [audited] = await auditEventsWhere(t.database.db, {
      entity: "network_request",
      recordId: request.id,
    });
    expect(audited?.action).toBe("create");
    const url = `/api/network/requests/${request.id}`;
    const edit = (changes: Record<string, unknown>, version: number) =>
      t.request({
        method: "PUT",
        url,
        session: staff,
        payload: { request: { ...talk, ...changes }, version },
      });
    const edited = await edit({ title: "総合学習の講演（2回）", ownerId: staff.userId }, 1);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      title: "総合学習の講演（2回）",
      version: 2,
      ownerId: staff.userId,
    });
    expectError(await edit({ title: "古い版" }, 1), 409, "STALE_UPDATE");
    const viewer = await t.loginAs("viewer");
    const shown = await t.request({ method: "GET", url, session: viewer });
    expect(shown.json()).toMatchObject({ title: "総合学習の講演（2回）" });
    const refused = await t.request({
      method: "PUT",
      url,
      session: viewer,
      payload: { request: talk, version: 2 },
    });
    expectError(refused, 403, "FORBIDDEN");
  });

  it("refuses bad input with per-field errors, and an owner who may not take requests", async () => {
    const staff = await t.loginAs("staff");
    const body = expectError(
      await create(staff, { ...talk, requesterName: " ", kind: "party", receivedOn: "2026-02-30" }),
      400,
      "VALIDATION_FAILED",
    );
    expect(body.fields?.map((field) => field.path).sort()).toEqual([
      "body.kind",
      "body.receivedOn",
      "body.requesterName",
    ]);
    const coordinator = await t.loginAs("coordinator");
    expectError(await create(staff, { ...talk, ownerId: coordinator.userId }), 400, "VALIDATION_FAILED", [
      "body.ownerId",
    ]);
    expectError(await create(coordinator, talk), 403, "FORBIDDEN");
  });

  it("moves new → accepted → done, needs the outcome to close, refuses other moves, reopens by the owner only", async () => {
    const staff = await t.loginAs("staff");
    const other = await t.loginAs("staff");
    const request = (await create(staff, talk)).json();
    // Done straight from new is not a move.
    const skip = expectError(
      await move(staff, request.id, { status: "done", outcome: "講演した", version: 1 }),
      400,
      "VALIDATION_FAILED",
      ["body.status"],
    );
    expect(skip.fields?.[0]?.message).toContain("変えられません");
    // Accepting an untaken request makes the caller its owner.
    const accepted = await move(staff, request.id, { status: "accepted", version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", ownerId: staff.userId, version: 2 });
    const noOutcome = expectError(
      await move(staff, request.id, { status: "done", outcome: "  ", version: 2 }),
      400,
      "VALIDATION_FAILED",
      ["body.outcome"],
    );
    expect(noOutcome.fields?.[0]?.message).toContain("結果");
    expectError(
      await move(staff, request.id, { status: "done", outcome: "講演した", version: 1 }),
      409,
      "STALE_UPDATE",
    );
    const done = await move(staff, request.id, {
      status: "done",
      outcome: "生徒120人に講演した。",
      version: 2,
    });
    expect(done.json()).toMatchObject({ status: "done", outcome: "生徒120人に講演した。", version: 3 });
    expectError(
      await move(staff, request.id, { status: "declined", outcome: "やめた", version: 3 }),
      400,
      "VALIDATION_FAILED",
      ["body.status"],
    );
    const notOwner = expectError(
      await move(other, request.id, { status: "accepted", version: 3 }),
      400,
      "VALIDATION_FAILED",
      ["body.status"],
    );
    expect(notOwner.fields?.[0]?.message).toContain("担当者");
    const reopened = await move(staff, request.id, { status: "accepted", version: 3 });
    expect(reopened.json()).toMatchObject({
      status: "accepted",
      outcome: "生徒120人に講演した。",
      version: 4,
    });
    const declined = await move(staff, request.id, {
      status: "declined",
      outcome: "日程が合わなくなった。",
      version: 4,
    });
    expect(declined.json()).toMatchObject({ status: "declined", outcome: "日程が合わなくなった。" });
    const audited = await auditEventsWhere(t.database.db, {
      entity: "network_request",
      recordId: request.id,
      action: "update",
    });
    expect(audited).toHaveLength(4);
  });

  it("lists newest first and filters by words, status, kind, origin, owner and fiscal year", async () => {
    const db = t.database.db;
    const staff = await t.loginAs("staff");
    const tag = `絞${Math.random().toString(36).slice(2, 7)}`;
    await buildNetworkRequest(db, { title: `${tag} 3月末`, receivedOn: "2030-03-31", kind: "visit" });
    await buildNetworkRequest(db, { title: `${tag} 4月1日`, receivedOn: "2030-04-01", origin: "internal" });
    await buildNetworkRequest(db, {
      title: `${tag} 翌年3月末`,
      receivedOn: "2031-03-31",
      status: "accepted",
      ownerId: staff.userId,
    });
    await buildNetworkRequest(db, {
      title: `${tag} 翌年度`,
      receivedOn: "2031-04-01",
      requesterOrganization: "湘南みらい新聞（架空）",
    });
    const q = `q=${encodeURIComponent(tag)}`;
    expect(await titles(staff, q)).toEqual([
      `${tag} 翌年度`,
      `${tag} 翌年3月末`,
      `${tag} 4月1日`,
      `${tag} 3月末`,
    ]);
    expect(await titles(staff, `${q}&fiscalYear=2030`)).toEqual([`${tag} 翌年3月末`, `${tag} 4月1日`]);
    expect(await titles(staff, `${q}&status=accepted`)).toEqual([`${tag} 翌年3月末`]);
    expect(await titles(staff, `${q}&kind=visit`)).toEqual([`${tag} 3月末`]);
    expect(await titles(staff, `${q}&origin=internal`)).toEqual([`${tag} 4月1日`]);
    expect(await titles(staff, `${q}&owner=${staff.userId}`)).toEqual([`${tag} 翌年3月末`]);
    expect(await titles(staff, `${q}&owner=none`)).toHaveLength(3);
    expect(await titles(staff, `q=${encodeURIComponent("みらい新聞")}&fiscalYear=2031`)).toEqual([
      `${tag} 翌年度`,
    ]);
    expect(await titles(staff, "q=%25")).toEqual([]);
    const page = await t.request({
      method: "GET",
      url: `/api/network/requests?${q}&pageSize=1&page=2`,
      session: staff,
    });
    expect(page.json()).toMatchObject({ total: 4, page: 2, items: [{ title: `${tag} 翌年3月末` }] });
  });

  it("counts a fiscal year by kind (every kind, even at 0) and status, April to March", async () => {
    const db = t.database.db;
    await buildNetworkRequest(db, { receivedOn: "2040-03-31", kind: "talk" });
    await buildNetworkRequest(db, { receivedOn: "2040-04-01", kind: "talk" });
    await buildNetworkRequest(db, { receivedOn: "2040-12-01", kind: "talk", status: "done", outcome: "済" });
    await buildNetworkRequest(db, {
      receivedOn: "2041-03-31",
      kind: "survey",
      status: "declined",
      outcome: "否",
    });
    await buildNetworkRequest(db, { receivedOn: "2041-04-01", kind: "survey" });
    const viewer = await t.loginAs("viewer");
    const response = await t.request({
      method: "GET",
      url: "/api/network/requests/counts?fiscalYear=2040",
      session: viewer,
    });
    expect(response.statusCode, response.body).toBe(200);
    const counts = response.json();
    expect(counts.fiscalYear).toBe(2040);
    expect(counts.total).toBe(3);
    expect(counts.byKind.map((row: { kind: string }) => row.kind)).toEqual([
      "talk",
      "visit",
      "course_proposal",
      "space_lending",
      "equipment_lending",
      "interview",
      "survey",
      "other",
    ]);
    expect(counts.byKind[0]).toEqual({
      kind: "talk",
      count: 2,
      byStatus: { new: 1, accepted: 0, declined: 0, done: 1 },
    });
    expect(counts.byKind[6]).toMatchObject({ kind: "survey", count: 1 });
    expect(counts.byKind[1]).toMatchObject({ kind: "visit", count: 0 });
    expect(counts.byStatus).toEqual({ new: 1, accepted: 0, declined: 1, done: 1 });
    const current = await t.request({ method: "GET", url: "/api/network/requests/counts", session: viewer });
    expect(current.json().fiscalYear).toBeGreaterThanOrEqual(2026);
    expectError(
      await t.request({ method: "GET", url: "/api/network/requests/counts?fiscalYear=abc", session: viewer }),
      400,
      "VALIDATION_FAILED",
      ["querystring.fiscalYear"],
    );
  });

  it("lists the people who may take a request", async () => {
    const staff = await t.loginAs("staff");
    const coordinator = await t.loginAs("coordinator");
    const owners = await t.request({
      method: "GET",
      url: "/api/network/requests/owners",
      session: coordinator,
    });
    const ids = (owners.json().items as { id: string }[]).map((item) => item.id);
    expect(ids).toContain(staff.userId);
    expect(ids).not.toContain(coordinator.userId);
  });
});
