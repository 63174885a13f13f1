import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildMemberDues, buildMemberOrganization } from "../../../test/factories/member-organizations.ts";
import { buildWorkplace } from "../../../test/factories/workplaces.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";

const t = useTestApp();
let staff: Session;
let coordinator: Session;
beforeAll(async () => {
  staff = await t.loginAs("staff");
  coordinator = await t.loginAs("coordinator");
});

const organization = {
  name: "ワーカーズ・コレクティブ 架空のたまご",
  nameKana: "ﾜｰｶｰｽﾞｺﾚｸﾃｨﾌﾞ かくうのたまご",
  kind: "workers_collective",
  fields: ["food", "cafe"],
  postalCode: "2520011",
  address: "座間市相武台1-2-3",
  area: "座間市",
  representativeName: "架空 花子",
  contactPhone: "046-255-0000",
  workingMembers: 12,
  joinedOn: "2005-06-01",
};

async function create(session: Session, payload: Record<string, unknown>) {
  return t.request({ method: "POST", url: "/api/network/members", session, payload });
}

describe("member organizations", () => {
  it("registers an organization with its reading folded, audits it, and finds it by kana in 五十音順", async () => {
    const response = await create(staff, organization);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      nameKana: "ワーカーズコレクティブ かくうのたまご",
      status: "active",
      version: 1,
    });
    const [audited] = await auditEventsWhere(t.database.db, {
      entity: "member_organization",
      recordId: created.id,
    });
    expect(audited?.action).toBe("create");
    for (const q of ["かくうのたまご", "カクウノタマゴ", "架空のたまご"]) {
      const list = await t.request({
        method: "GET",
        url: `/api/network/members?q=${encodeURIComponent(q)}`,
        session: coordinator,
      });
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json().items.map((item: { id: string }) => item.id)).toContain(created.id);
    }
    const options = await t.request({
      method: "GET",
      url: `/api/network/members/options?q=${encodeURIComponent("たまご")}`,
      session: coordinator,
    });
    expect(options.json().items).toEqual([{ id: created.id, name: organization.name }]);
  });

  it("gives a per-field error for a left date before joining and for a status that disagrees", async () => {
    const early = await create(staff, { ...organization, status: "left", leftOn: "2004-01-01" });
    expectError(early, 400, "VALIDATION_FAILED", ["body.leftOn"]);
    const noDate = await create(staff, { ...organization, status: "left" });
    const body = expectError(noDate, 400, "VALIDATION_FAILED", ["body.leftOn"]);
    expect(body.fields?.[0]?.message).toContain("退会日");
    expectError(await create(staff, { ...organization, leftOn: "2010-03-31" }), 400, "VALIDATION_FAILED", [
      "body.status",
    ]);
    expectError(await create(staff, { ...organization, nameKana: "架空" }), 400, "VALIDATION_FAILED", [
      "body.nameKana",
    ]);
  });

  it("refuses changes to those who only read", async () => {
    expect((await create(coordinator, organization)).statusCode).toBe(403);
  });

  it("edits with the version, 409 when stale, and the linked workplace follows the identity", async () => {
    const member = await buildMemberOrganization(t.database.db);
    const workplace = await buildWorkplace(t.database.db, {
      name: member.name,
      nameKana: member.nameKana,
      memberOrganizationId: member.id,
    });
    const detail = await t.request({
      method: "GET",
      url: `/api/network/members/${member.id}`,
      session: coordinator,
    });
    expect(detail.json().workplace).toMatchObject({ id: workplace.id, name: member.name });
    expect(detail.json().prospect).toBeNull();
    const edited = {
      ...organization,
      name: "NPO法人 架空のひだまり",
      nameKana: "えぬぴーおーほうじん かくうのひだまり",
    };
    const saved = await t.request({
      method: "PUT",
      url: `/api/network/members/${member.id}`,
      session: staff,
      payload: { ...edited, kind: "npo", version: member.version },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ name: edited.name, version: member.version + 1 });
    const [mirrored] = await t.database.db
      .select()
      .from(partnerWorkplaces)
      .where(eq(partnerWorkplaces.id, workplace.id));
    expect(mirrored).toMatchObject({ name: edited.name, address: edited.address, area: "座間市" });
    const stale = await t.request({
      method: "PUT",
      url: `/api/network/members/${member.id}`,
      session: staff,
      payload: { ...edited, kind: "npo", version: member.version },
    });
    expectError(stale, 409, "STALE_UPDATE");
  });

  it("counts the members on a date and per fiscal year", async () => {
    // A fresh schema per file: these dates are far from the other tests' (2010s).
    await buildMemberOrganization(t.database.db, { joinedOn: "1991-05-01" });
    await buildMemberOrganization(t.database.db, {
      joinedOn: "1990-04-01",
      leftOn: "1992-04-01",
      status: "left",
    });
    const on = async (date: string) =>
      (
        await t.request({ method: "GET", url: `/api/network/members/count?on=${date}`, session: coordinator })
      ).json();
    expect(await on("1990-04-01")).toEqual({ on: "1990-04-01", count: 1 });
    expect((await on("1992-03-31")).count).toBe(2);
    expect((await on("1992-04-01")).count).toBe(1);
    const years = await t.request({
      method: "GET",
      url: "/api/network/members/count-by-year?from=1990&to=1992",
      session: coordinator,
    });
    expect(years.json().items).toEqual([
      { fiscalYear: 1990, count: 1, joined: 1, left: 0 },
      { fiscalYear: 1991, count: 1, joined: 1, left: 0 },
      { fiscalYear: 1992, count: 1, joined: 0, left: 1 },
    ]);
    const backwards = await t.request({
      method: "GET",
      url: "/api/network/members/count-by-year?from=2000&to=1999",
      session: coordinator,
    });
    expectError(backwards, 400, "VALIDATION_FAILED", ["querystring.to"]);
  });

  it("records dues by fiscal year (upsert, version-checked) and lists the unpaid ones", async () => {
    const member = await buildMemberOrganization(t.database.db);
    const url = `/api/network/members/${member.id}/dues/2031`;
    const first = await t.request({ method: "PUT", url, session: staff, payload: { amountYen: 12000 } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ fiscalYear: 2031, paidOn: null, version: 1 });
    const unpaid = await t.request({
      method: "GET",
      url: "/api/network/dues?fiscalYear=2031&unpaid=true",
      session: staff,
    });
    expect(unpaid.json().items).toEqual([
      expect.objectContaining({ organizationName: member.name, amountYen: 12000 }),
    ]);
    const paid = await t.request({
      method: "PUT",
      url,
      session: staff,
      payload: { amountYen: 12000, paidOn: "2031-05-10", version: 1 },
    });
    expect(paid.json()).toMatchObject({ paidOn: "2031-05-10", version: 2 });
    expectError(
      await t.request({ method: "PUT", url, session: staff, payload: { amountYen: 1, version: 1 } }),
      409,
      "STALE_UPDATE",
    );
    const after = await t.request({
      method: "GET",
      url: "/api/network/dues?fiscalYear=2031&unpaid=true",
      session: staff,
    });
    expect(after.json().items).toEqual([]);
    await buildMemberDues(t.database.db, member.id, { fiscalYear: 2030 });
    const own = await t.request({
      method: "GET",
      url: `/api/network/members/${member.id}/dues`,
      session: staff,
    });
    expect(own.json().items.map((dues: { fiscalYear: number }) => dues.fiscalYear)).toEqual([2031, 2030]);
    const audited = await auditEventsWhere(t.database.db, { entity: "member_dues" });
    expect(audited.map((event) => event.action)).toEqual(expect.arrayContaining(["create", "update"]));
  });
});
