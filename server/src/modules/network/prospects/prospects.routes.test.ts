import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildMemberOrganization } from "../../../test/factories/member-organizations.ts";
import { buildProspect } from "../../../test/factories/prospects.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";

const t = useTestApp();
const today = todayInJapan();
const base = "/api/network/prospects";

const free = {
  name: "こもれび製パン工房（架空）",
  nameKana: "こもれびせいぱんこうぼう",
  area: "座間市",
  contactName: "森田 さくら",
  contactPhone: "046-200-0000",
  workKinds: ["food", "cafe"],
};

type Json = Record<string, unknown> & { id: string; version: number; stage: string };

async function post(session: Session, url: string, payload: Record<string, unknown>) {
  return t.request({ method: "POST", url, session, payload });
}
async function create(session: Session, payload: Record<string, unknown> = free): Promise<Json> {
  const response = await post(session, base, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
const contact = (extra: Record<string, unknown> = {}) => ({
  contactedOn: today,
  method: "phone",
  notes: "事業の説明をした",
  ...extra,
});
const agreement = (version: number) => ({
  agreedOn: today,
  agreementScope: "週2日の就労体験",
  insurance: "事業所の賠償責任保険",
  traineeCapacity: 3,
  employmentType: "non_employment",
  version,
});

describe("partner-workplace development", () => {
  it("creates a prospect entered freely, owned by its creator, and audits it", async () => {
    const staff = await t.loginAs("staff");
    const created = await create(staff);
    expect(created).toMatchObject({
      name: free.name,
      nameKana: free.nameKana,
      stage: "prospect",
      ownerId: staff.userId,
      memberOrganizationId: null,
      contacts: [],
      version: 1,
    });
    const [audited] = await auditEventsWhere(t.database.db, {
      entity: "workplace_prospect",
      recordId: created.id,
    });
    expect(audited?.action).toBe("create");
    const missing = await post(staff, base, { area: "座間市" });
    expectError(missing, 400, "VALIDATION_FAILED", ["body.name", "body.nameKana"]);
  });

  it("takes a member organization's identity from it, once per member (409 after)", async () => {
    const staff = await t.loginAs("staff");
    const member = await buildMemberOrganization(t.database.db, {
      address: "座間市相模が丘1-2-3",
      contactName: "山本 一郎",
    });
    const created = await create(staff, { memberOrganizationId: member.id });
    expect(created).toMatchObject({
      id: expect.any(String),
      name: member.name,
      nameKana: member.nameKana,
      address: "座間市相模が丘1-2-3",
      contactName: "山本 一郎",
      memberOrganizationId: member.id,
    });
    const again = await post(staff, base, { memberOrganizationId: member.id });
    expect(expectError(again, 409, "CONFLICT", ["body.memberOrganizationId"]).fields?.[0]?.message).toContain(
      "すでに開拓の一覧",
    );
    const renamed = await t.request({
      method: "PUT",
      url: `${base}/${created.id}`,
      session: staff,
      payload: { name: "別の名前", version: created.version },
    });
    expectError(renamed, 400, "VALIDATION_FAILED", ["body.name"]);
  });

  it("offers as owners the active users who may change the pipeline, and an edit hands the prospect to one", async () => {
    const staff = await t.loginAs("staff");
    const coordinator = await t.loginAs("coordinator");
    const consultant = await t.loginAs("consultant");
    const choices = await t.request({ method: "GET", url: `${base}/owners`, session: consultant });
    expect(choices.statusCode, choices.body).toBe(200);
    const ids = choices.json().items.map((item: { id: string }) => item.id);
    expect(ids).toEqual(expect.arrayContaining([staff.userId, coordinator.userId]));
    expect(ids).not.toContain(consultant.userId);

    const created = await create(staff);
    const refused = await t.request({
      method: "PUT",
      url: `${base}/${created.id}`,
      session: staff,
      payload: { ownerId: consultant.userId, version: created.version },
    });
    expectError(refused, 400, "VALIDATION_FAILED", ["body.ownerId"]);
    const handed = await t.request({
      method: "PUT",
      url: `${base}/${created.id}`,
      session: staff,
      payload: { ownerId: coordinator.userId, contactName: "大野 みどり", version: created.version },
    });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toMatchObject({
      ownerId: coordinator.userId,
      contactName: "大野 みどり",
      version: 2,
    });
    const [audited] = await auditEventsWhere(t.database.db, {
      entity: "workplace_prospect",
      recordId: created.id,
      action: "update",
    });
    expect(audited?.changedFields?.sort()).toEqual(["contactName", "ownerId"]);
  });

  it("moves to contacted on the first contact, and shows the latest contact's open next step on the board", async () => {
    const staff = await t.loginAs("staff");
    const created = await create(staff);
    const noStep = await post(
      staff,
      `${base}/${created.id}/contacts`,
      contact({ nextStepOn: addDays(today, 3) }),
    );
    expect(expectError(noStep, 400, "VALIDATION_FAILED", ["body.nextStep"]).fields?.[0]?.message).toContain(
      "次にすること",
    );
    const first = await post(
      staff,
      `${base}/${created.id}/contacts`,
      contact({ nextStep: "資料を送る", nextStepOn: addDays(today, 3) }),
    );
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ stage: "contacted", version: 2 });
    expect(first.json().contacts[0]).toMatchObject({ staffId: staff.userId, nextStep: "資料を送る" });
    const board = await t.request({
      method: "GET",
      url: `${base}?stage=contacted&q=こもれび`,
      session: staff,
    });
    expect(board.statusCode, board.body).toBe(200);
    const [item] = board.json().items;
    expect(item).toMatchObject({
      id: created.id,
      ownerName: expect.any(String),
      latestContact: { contactedOn: today, method: "phone" },
      nextStep: { step: "資料を送る", on: addDays(today, 3) },
    });
  });

  it("refuses agreed without an agreement and active without activation, then records the agreement", async () => {
    const staff = await t.loginAs("staff");
    const created = await create(staff);
    const move = (stage: string, version: number) =>
      post(staff, `${base}/${created.id}/stage`, { stage, version });
    const agreed = await move("agreed", created.version);
    expect(expectError(agreed, 400, "VALIDATION_FAILED", ["body.stage"]).fields?.[0]?.message).toContain(
      "合意の内容",
    );
    expectError(await move("active", created.version), 400, "VALIDATION_FAILED", ["body.stage"]);
    const visited = await move("visited", created.version);
    expect(visited.json()).toMatchObject({ stage: "visited", version: 2 });
    expectError(await move("contacted", 1), 409, "STALE_UPDATE");
    const recorded = await t.request({
      method: "PUT",
      url: `${base}/${created.id}/agreement`,
      session: staff,
      payload: agreement(2),
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({
      stage: "agreed",
      traineeCapacity: 3,
      employmentType: "non_employment",
    });
  });

  it("activates an agreed member prospect into exactly one active workplace a placement can choose (twice: 409)", async () => {
    const staff = await t.loginAs("staff");
    const db = t.database.db;
    const member = await buildMemberOrganization(db);
    const created = await create(staff, { memberOrganizationId: member.id, workKinds: ["cleaning"] });
    const early = await post(staff, `${base}/${created.id}/activate`, { version: created.version });
    expectError(early, 409, "CONFLICT");
    const recorded = await t.request({
      method: "PUT",
      url: `${base}/${created.id}/agreement`,
      session: staff,
      payload: agreement(created.version),
    });
    const version = recorded.json().version as number;
    const activated = await post(staff, `${base}/${created.id}/activate`, { version });
    expect(activated.statusCode, activated.body).toBe(200);
    const { prospect, workplace } = activated.json();
    expect(prospect).toMatchObject({
      stage: "active",
      workplaceId: workplace.id,
      workplaceName: member.name,
    });
    const rows = await db
      .select()
      .from(partnerWorkplaces)
      .where(eq(partnerWorkplaces.memberOrganizationId, member.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: workplace.id,
      traineeCapacity: 3,
      workKinds: ["cleaning"],
      status: "active",
    });
    const twice = await post(staff, `${base}/${created.id}/activate`, { version: prospect.version });
    expect(expectError(twice, 409, "CONFLICT").fields?.[0]?.message).toContain("すでに協力事業所");
    expect(
      await db.select().from(partnerWorkplaces).where(eq(partnerWorkplaces.memberOrganizationId, member.id)),
    ).toHaveLength(1);
    // The placement form's list of workplaces (GET /api/workplaces?status=active) offers it.
    const coordinator = await t.loginAs("coordinator");
    const choices = await t.request({
      method: "GET",
      url: "/api/workplaces?status=active&page=1&pageSize=200",
      session: coordinator,
    });
    expect(choices.statusCode, choices.body).toBe(200);
    expect((choices.json().items as { id: string }[]).map((item) => item.id)).toContain(workplace.id);
    // Active moves only to paused, and back.
    const paused = await post(staff, `${base}/${created.id}/stage`, {
      stage: "paused",
      version: prospect.version,
    });
    expect(paused.json().stage).toBe("paused");
    const back = await post(staff, `${base}/${created.id}/stage`, {
      stage: "active",
      version: paused.json().version,
    });
    expect(back.json().stage).toBe("active");
    const contacted = await post(staff, `${base}/${created.id}/stage`, {
      stage: "contacted",
      version: back.json().version,
    });
    expectError(contacted, 400, "VALIDATION_FAILED", ["body.stage"]);
  });

  it("lists the open next steps due, the caller's own first, closed by a newer contact", async () => {
    const staff = await t.loginAs("staff");
    const coordinator = await t.loginAs("coordinator");
    const theirs = await create(coordinator, { ...free, name: "相手の開拓先（架空）" });
    const mine = await create(staff, { ...free, name: "自分の開拓先（架空）" });
    await post(
      coordinator,
      `${base}/${theirs.id}/contacts`,
      contact({ nextStep: "電話", nextStepOn: addDays(today, -1) }),
    );
    await post(
      staff,
      `${base}/${mine.id}/contacts`,
      contact({ nextStep: "訪問", nextStepOn: addDays(today, 2) }),
    );
    const later = await create(staff, { ...free, name: "先の開拓先（架空）" });
    await post(
      staff,
      `${base}/${later.id}/contacts`,
      contact({ nextStep: "見学", nextStepOn: addDays(today, 20) }),
    );
    const list = async (query = "") => {
      const response = await t.request({ method: "GET", url: `${base}/next-steps${query}`, session: staff });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as { name: string; mine: boolean }[])
        .filter((item) => item.name.endsWith("の開拓先（架空）"))
        .map((item) => [item.name, item.mine]);
    };
    expect(await list()).toEqual([
      ["自分の開拓先（架空）", true],
      ["相手の開拓先（架空）", false],
    ]);
    expect((await list(`?until=${addDays(today, 30)}`)).map(([name]) => name)).toContain(
      "先の開拓先（架空）",
    );
    await post(coordinator, `${base}/${theirs.id}/contacts`, contact({ contactedOn: today }));
    expect(await list()).toEqual([["自分の開拓先（架空）", true]]);
  });

  it("is read by every role with the area and changed by those with prospects.write", async () => {
    const prospect = await buildProspect(t.database.db);
    const viewer = await t.loginAs("viewer");
    const read = await t.request({ method: "GET", url: `${base}/${prospect.id}`, session: viewer });
    expect(read.statusCode, read.body).toBe(200);
    expectError(await post(viewer, base, free), 403, "FORBIDDEN");
    const consultant = await t.loginAs("consultant");
    expectError(await post(consultant, `${base}/${prospect.id}/contacts`, contact()), 403, "FORBIDDEN");
  });
});
