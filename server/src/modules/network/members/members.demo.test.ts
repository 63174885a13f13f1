import { asc, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions } from "../../../platform/demo-data.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { workplacesDemoContribution } from "../../support/workplaces/workplaces.demo.ts";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { demoMemberCount, demoMembersOn20180401, membersDemoContribution } from "./members.demo.ts";
import { memberOrganizations } from "./members.tables.ts";

const t = useTestApp();
const password = "demo-password-for-tests-1";
let staff: Session;

beforeAll(async () => {
  const accounts = await prepareDemoAccounts(password);
  const loaded = await loadDemoContributions(
    t.database.db,
    [
      programsDemoContribution,
      demoAccountsContribution(accounts),
      workplacesDemoContribution,
      membersDemoContribution,
    ],
    async () => true,
  );
  expect(loaded).toBe(true);
  staff = await t.loginWith("staff@demo.otagai.example", password);
}, 120_000);

async function get(url: string) {
  const response = await t.request({ method: "GET", url, session: staff });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Every organization as the office sees it, without what the database makes (ids, keys, times). */
async function records() {
  const rows = await t.database.db.select().from(memberOrganizations).orderBy(asc(memberOrganizations.name));
  return rows.map(({ id: _id, createdAt: _c, updatedAt: _u, createdBy: _b, version: _v, ...rest }) => rest);
}

async function importFile(content: string) {
  const uploaded = await t.request({
    method: "POST",
    url: "/api/imports/member-organizations/uploads",
    session: staff,
    payload: { fileName: "members.xlsx", content },
  });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const { uploadId, mapping } = uploaded.json();
  const preview = await t.request({
    method: "POST",
    url: "/api/imports/member-organizations/preview",
    session: staff,
    payload: { uploadId, mapping },
  });
  expect(preview.statusCode, preview.body).toBe(200);
  const confirm = () =>
    t.request({
      method: "POST",
      url: "/api/imports/member-organizations/confirm",
      session: staff,
      payload: { uploadId, mapping },
    });
  return { preview: preview.json(), confirm };
}

describe("the member organizations' demo data", () => {
  it("has 185 organizations, exactly 166 members on 2018-04-01, and a count that changes by year", async () => {
    expect((await get("/api/network/members?pageSize=1")).total).toBe(demoMemberCount);
    expect(await get("/api/network/members/count?on=2018-04-01")).toEqual({
      on: "2018-04-01",
      count: demoMembersOn20180401,
    });
    const years = (await get("/api/network/members/count-by-year?from=1990&to=2025")).items as {
      count: number;
    }[];
    expect(new Set(years.map((year) => year.count)).size).toBeGreaterThan(10);
    const unpaid = await get("/api/network/dues?unpaid=true");
    expect(unpaid.items.length).toBeGreaterThan(5);
  });

  it("links three partner workplaces whose identity is their member organization's", async () => {
    const linked = await t.database.db
      .select({ workplace: partnerWorkplaces, member: memberOrganizations })
      .from(partnerWorkplaces)
      .innerJoin(memberOrganizations, eq(memberOrganizations.id, partnerWorkplaces.memberOrganizationId))
      .where(isNotNull(partnerWorkplaces.memberOrganizationId));
    expect(linked).toHaveLength(3);
    for (const { workplace, member } of linked)
      for (const field of [
        "name",
        "nameKana",
        "searchKey",
        "readingKey",
        "postalCode",
        "address",
        "area",
      ] as const)
        expect(workplace[field]).toBe(member[field]);
  });

  it("exports a workbook that re-imports into an empty table as the same records, all or nothing", async () => {
    const before = await records();
    const exported = await t.request({ method: "GET", url: "/api/network/members/export", session: staff });
    expect(exported.statusCode).toBe(200);
    const content = exported.rawPayload.toString("base64");

    // The same file again: every row is an organization already registered, and nothing is written.
    const again = await importFile(content);
    expect(again.preview.problemRowCount).toBe(demoMemberCount);
    expect((await again.confirm()).statusCode).toBe(400);

    await t.database.db.delete(memberOrganizations);
    const fresh = await importFile(content);
    expect(fresh.preview).toMatchObject({ validCount: demoMemberCount, problemRowCount: 0 });
    const confirmed = await fresh.confirm();
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    expect(confirmed.json().created).toBe(demoMemberCount);
    expect(await records()).toEqual(before);
    expect((await get("/api/network/members/count?on=2018-04-01")).count).toBe(demoMembersOn20180401);
  });
});
