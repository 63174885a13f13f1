import { describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildConsultation, categoryIdByCode } from "../../../test/factories/consultations.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildStartupResource } from "../../../test/factories/startup-resources.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { findOpenGrants } from "./startup-resources.repository.ts";

const t = useTestApp();
const today = todayInJapan();

const grant = {
  kind: "grant",
  title: "地域貢献活動助成（架空）",
  provider: "かながわ市民活動基金（架空）",
  amount: "上限30万円",
  eligibility: "設立5年以内の市民団体",
  windowOpensOn: addDays(today, -5),
  windowClosesOn: addDays(today, 20),
  url: "https://example.org/grants/1",
  tags: ["助成金"],
};

async function create(session: Session, payload: Record<string, unknown>) {
  return t.request({ method: "POST", url: "/api/startup-resources", session, payload });
}

async function list(session: Session, query: string) {
  const response = await t.request({ method: "GET", url: `/api/startup-resources?${query}`, session });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { title: string }[]).map((item) => item.title);
}

describe("the start-up directory", () => {
  it("adds a grant with its tags normalized, and audits the change (not the reads)", async () => {
    const consultant = await t.loginAs("consultant");
    const response = await create(consultant, {
      ...grant,
      tags: [" 助成金 ", "助成金", "ＮＰＯ", "", "NPO"],
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ kind: "grant", tags: ["助成金", "NPO"], active: true, version: 1 });
    const [audited] = await auditEventsWhere(t.database.db, {
      entity: "startup_resource",
      recordId: created.id,
    });
    expect(audited?.action).toBe("create");
    expect(audited?.changedFields).toEqual(expect.arrayContaining(["title", "windowClosesOn", "tags"]));
  });

  it("refuses a window that closes before it opens, a link that is not https, a window on a guide", async () => {
    const consultant = await t.loginAs("consultant");
    const backwards = await create(consultant, {
      ...grant,
      windowOpensOn: "2026-06-10",
      windowClosesOn: "2026-06-09",
    });
    const body = expectError(backwards, 400, "VALIDATION_FAILED", ["body.windowClosesOn"]);
    expect(body.fields?.[0]?.message).toContain("受付の終了日");
    for (const url of [
      "http://example.org/",
      "javascript:alert(1)",
      "https://user:pw@example.org/",
      "https://",
    ])
      expectError(await create(consultant, { ...grant, url }), 400, "VALIDATION_FAILED", ["body.url"]);
    const sameDay = await create(consultant, {
      ...grant,
      title: "一日だけの受付（架空）",
      windowOpensOn: "2026-06-10",
      windowClosesOn: "2026-06-10",
    });
    expect(sameDay.statusCode, sameDay.body).toBe(201);
    const guide = await create(consultant, {
      kind: "guide",
      title: "NPO法人を設立する",
      windowOpensOn: today,
    });
    expectError(guide, 400, "VALIDATION_FAILED", ["body.windowOpensOn"]);
  });

  it("is kept by the desk (desk.manage) and read by anyone with the area", async () => {
    const coordinator = await t.loginAs("coordinator");
    expectError(await create(coordinator, grant), 403, "FORBIDDEN");
    const viewer = await t.loginAs("viewer");
    expect(
      (await t.request({ method: "GET", url: "/api/startup-resources", session: viewer })).statusCode,
    ).toBe(200);
  });

  it("filters by kind, tag, an open window today and words of the title; hides deactivated ones", async () => {
    const db = t.database.db;
    const tag = `filter-${Math.random().toString(36).slice(2, 8)}`;
    const window = (opens: number | null, closes: number | null) => ({
      windowOpensOn: opens === null ? null : addDays(today, opens),
      windowClosesOn: closes === null ? null : addDays(today, closes),
    });
    await buildStartupResource(db, { title: "開いている助成A", tags: [tag], ...window(-3, 3) });
    await buildStartupResource(db, { title: "今日締切の助成B", tags: [tag], ...window(-10, 0) });
    await buildStartupResource(db, { title: "今日から受付の助成C", tags: [tag], ...window(0, null) });
    await buildStartupResource(db, { title: "来月からの助成D", tags: [tag], ...window(10, 40) });
    await buildStartupResource(db, { title: "終わった助成E", tags: [tag], ...window(-40, -1) });
    await buildStartupResource(db, { title: "期間の決まっていない助成F", tags: [tag] });
    await buildStartupResource(db, { title: "停止した助成G", tags: [tag], ...window(-3, 3), active: false });
    await buildStartupResource(db, { kind: "guide", title: "一般社団法人を設立する", tags: [tag] });
    const consultant = await t.loginAs("consultant");
    const all = await list(consultant, `tag=${encodeURIComponent(tag)}`);
    expect(all).toHaveLength(7);
    expect(all).not.toContain("停止した助成G");
    expect(await list(consultant, `tag=${encodeURIComponent(tag)}&openNow=true`)).toEqual([
      "今日締切の助成B",
      "開いている助成A",
      "今日から受付の助成C",
    ]);
    expect(await list(consultant, `tag=${encodeURIComponent(tag)}&kind=guide`)).toEqual([
      "一般社団法人を設立する",
    ]);
    expect(await list(consultant, `tag=${encodeURIComponent(tag)}&q=${encodeURIComponent("来月")}`)).toEqual([
      "来月からの助成D",
    ]);
    expect(await list(consultant, `tag=${encodeURIComponent(tag)}&includeInactive=true`)).toContain(
      "停止した助成G",
    );
    // A LIKE wildcard in the words is taken literally.
    expect(await list(consultant, `tag=${encodeURIComponent(tag)}&q=%25`)).toEqual([]);
    // The public site's query: the same open grants, active ones only.
    const open = (await findOpenGrants(db, today)).map((row) => row.title);
    expect(open).toEqual(
      expect.arrayContaining(["開いている助成A", "今日締切の助成B", "今日から受付の助成C"]),
    );
    expect(open).not.toEqual(expect.arrayContaining(["停止した助成G"]));
    expect(open).not.toContain("来月からの助成D");
    expect(open).not.toContain("期間の決まっていない助成F");
    const tags = await t.request({ method: "GET", url: "/api/startup-resources/tags", session: consultant });
    expect(tags.json().items).toContain(tag);
  });

  it("edits with the version loaded (409 when stale), deactivates and reactivates", async () => {
    const consultant = await t.loginAs("consultant");
    const created = (await create(consultant, { ...grant, title: "版を確かめる助成（架空）" })).json();
    const url = `/api/startup-resources/${created.id}`;
    const edit = (resource: Record<string, unknown>, version: number) =>
      t.request({ method: "PATCH", url, session: consultant, payload: { resource, version } });
    const renamed = await edit({ ...grant, title: "版を確かめる助成（改）" }, 1);
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ title: "版を確かめる助成（改）", version: 2 });
    expectError(await edit({ ...grant, title: "古い版から" }, 1), 409, "STALE_UPDATE");
    const deactivated = await edit({ ...grant, title: "版を確かめる助成（改）", active: false }, 2);
    expect(deactivated.json()).toMatchObject({ active: false, version: 3 });
    const audited = await auditEventsWhere(t.database.db, {
      entity: "startup_resource",
      recordId: created.id,
    });
    expect(audited.map((event) => event.action)).toEqual(["disable", "update", "create"]);
    const shown = await t.request({ method: "GET", url, session: await t.loginAs("viewer") });
    expect(shown.json()).toMatchObject({ active: false, title: "版を確かめる助成（改）" });
    const missing = await t.request({
      method: "GET",
      url: "/api/startup-resources/00000000-0000-4000-8000-000000000000",
      session: consultant,
    });
    expectError(missing, 404, "NOT_FOUND");
  });
});

describe("links to 起業相談 consultations", () => {
  it("links an entry to a start-up consultation once, lists it, unlinks it; audits on the consultation", async () => {
    const db = t.database.db;
    const consultant = await t.loginAs("consultant");
    const startup = await buildConsultation(db, { categoryId: await categoryIdByCode(db, "startup") });
    const resource = await buildStartupResource(db, { title: "結びつける助成（架空）" });
    const url = `/api/consultations/${startup.id}/startup-resources`;
    const link = () =>
      t.request({ method: "POST", url, session: consultant, payload: { resourceId: resource.id } });
    const linked = await link();
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().items).toMatchObject([{ id: resource.id, title: "結びつける助成（架空）" }]);
    expect((await link()).json().items).toHaveLength(1);
    const listed = await t.request({ method: "GET", url, session: await t.loginAs("coordinator") });
    expect(listed.json().items[0].linkedByName).not.toBeNull();
    const audited = await auditEventsWhere(db, { entity: "consultation", recordId: startup.id });
    expect(audited.map((event) => [event.action, event.changedFields])).toEqual([
      ["update", ["startupResources"]],
    ]);
    const unlink = () => t.request({ method: "DELETE", url: `${url}/${resource.id}`, session: consultant });
    const unlinked = await unlink();
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect(unlinked.json().items).toEqual([]);
    expectError(await unlink(), 404, "NOT_FOUND");
  });

  it("refuses a consultation of another category, and a deactivated entry, with a field error", async () => {
    const db = t.database.db;
    const consultant = await t.loginAs("consultant");
    const employment = await buildConsultation(db);
    const resource = await buildStartupResource(db);
    const refused = await t.request({
      method: "POST",
      url: `/api/consultations/${employment.id}/startup-resources`,
      session: consultant,
      payload: { resourceId: resource.id },
    });
    const body = expectError(refused, 400, "VALIDATION_FAILED", ["body.resourceId"]);
    expect(body.fields?.[0]?.message).toContain("起業相談");
    const startup = await buildConsultation(db, { categoryId: await categoryIdByCode(db, "startup") });
    const inactive = await buildStartupResource(db, { active: false });
    for (const resourceId of [inactive.id, "00000000-0000-4000-8000-000000000000"]) {
      const response = await t.request({
        method: "POST",
        url: `/api/consultations/${startup.id}/startup-resources`,
        session: consultant,
        payload: { resourceId },
      });
      expectError(response, 400, "VALIDATION_FAILED", ["body.resourceId"]);
    }
  });

  it("answers 404 for a consultation out of the user's reach, as the consultation itself", async () => {
    const db = t.database.db;
    const programA = await buildProgram(db);
    const inA = await buildCase(db, programA.id);
    const startup = await buildConsultation(db, {
      categoryId: await categoryIdByCode(db, "startup"),
      participantId: inA.participantId,
      personKind: "participant",
    });
    const resource = await buildStartupResource(db);
    const outsider = await t.loginAs("consultant", { programIds: [(await buildProgram(db)).id] });
    const url = `/api/consultations/${startup.id}/startup-resources`;
    expectError(await t.request({ method: "GET", url, session: outsider }), 404, "NOT_FOUND");
    const post = await t.request({
      method: "POST",
      url,
      session: outsider,
      payload: { resourceId: resource.id },
    });
    expectError(post, 404, "NOT_FOUND");
    const insider = await t.loginAs("consultant", { programIds: [programA.id] });
    const allowed = await t.request({
      method: "POST",
      url,
      session: insider,
      payload: { resourceId: resource.id },
    });
    expect(allowed.statusCode, allowed.body).toBe(200);
    const del = await t.request({ method: "DELETE", url: `${url}/${resource.id}`, session: outsider });
    expectError(del, 404, "NOT_FOUND");
  });
});
