import { describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();

const welfare = {
  name: "試験区福祉事務所",
  kind: "welfare_office",
  handles: "生活保護、生活困窮の相談",
  contactPerson: "福祉 一郎",
  phone: "045-123-4567",
};

describe("the agency directory (関係機関)", () => {
  it("adds, searches by name and kind, edits with the version, and deactivates", async () => {
    const consultant = await t.loginAs("consultant");
    const created = await t.request({
      method: "POST",
      url: "/api/agencies",
      session: consultant,
      payload: welfare,
    });
    expect(created.statusCode, created.body).toBe(201);
    const agency = created.json();
    expect(agency).toMatchObject({
      name: "試験区福祉事務所",
      kind: "welfare_office",
      active: true,
      version: 1,
    });
    await t.request({
      method: "POST",
      url: "/api/agencies",
      session: consultant,
      payload: { name: "試験ハローワーク", kind: "hello_work" },
    });

    const byName = await t.request({ method: "GET", url: "/api/agencies?q=福祉", session: consultant });
    expect(byName.json().items.map((item: { name: string }) => item.name)).toEqual(["試験区福祉事務所"]);
    const byKind = await t.request({
      method: "GET",
      url: "/api/agencies?kind=hello_work",
      session: consultant,
    });
    expect(byKind.json().items.map((item: { name: string }) => item.name)).toEqual(["試験ハローワーク"]);
    // A wildcard is taken literally.
    const wildcard = await t.request({ method: "GET", url: "/api/agencies?q=%25", session: consultant });
    expect(wildcard.json().items).toEqual([]);

    const edited = await t.request({
      method: "PATCH",
      url: `/api/agencies/${agency.id}`,
      session: consultant,
      payload: { ...welfare, contactPerson: "福祉 二郎", version: 1 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ contactPerson: "福祉 二郎", version: 2 });
    const stale = await t.request({
      method: "PATCH",
      url: `/api/agencies/${agency.id}`,
      session: consultant,
      payload: { ...welfare, version: 1 },
    });
    expectError(stale, 409, "STALE_UPDATE");

    const deactivated = await t.request({
      method: "PATCH",
      url: `/api/agencies/${agency.id}`,
      session: consultant,
      payload: { ...welfare, contactPerson: "福祉 二郎", active: false, version: 2 },
    });
    expect(deactivated.json()).toMatchObject({ active: false, version: 3 });
    const active = await t.request({ method: "GET", url: "/api/agencies?q=福祉", session: consultant });
    expect(active.json().items).toEqual([]);
    const all = await t.request({
      method: "GET",
      url: "/api/agencies?q=福祉&includeInactive=true",
      session: consultant,
    });
    expect(all.json().items).toHaveLength(1);
    const [update] = await auditEventsWhere(t.database.db, { action: "update", entity: "agency" });
    expect(update?.changedFields).toEqual(["active"]);
  });

  it("refuses a second agency of the same name with a field error", async () => {
    const consultant = await t.loginAs("consultant");
    const payload = { name: "重複テスト社協", kind: "social_welfare_council" };
    expect(
      (await t.request({ method: "POST", url: "/api/agencies", session: consultant, payload })).statusCode,
    ).toBe(201);
    const again = await t.request({
      method: "POST",
      url: "/api/agencies",
      session: consultant,
      payload: { ...payload, name: "  重複テスト社協 " },
    });
    const body = expectError(again, 409, "CONFLICT", ["body.name"]);
    expect(body.fields?.[0]?.message).toContain("すでに登録");
  });

  it("lets coordinators read the directory but not change it", async () => {
    const coordinator = await t.loginAs("coordinator");
    expect((await t.request({ method: "GET", url: "/api/agencies", session: coordinator })).statusCode).toBe(
      200,
    );
    const refused = await t.request({
      method: "POST",
      url: "/api/agencies",
      session: coordinator,
      payload: welfare,
    });
    expectError(refused, 403, "FORBIDDEN");
  });
});

describe("advisors (専門家)", () => {
  it("records the contract period and says whether it covers today", async () => {
    const consultant = await t.loginAs("consultant");
    const today = todayInJapan();
    const year = Number(today.slice(0, 4));
    const current = await t.request({
      method: "POST",
      url: "/api/advisors",
      session: consultant,
      payload: {
        name: "試験 法子",
        field: "lawyer",
        organization: "試験法律事務所",
        contractStartsOn: `${year - 1}-04-01`,
        contractEndsOn: `${year + 1}-03-31`,
      },
    });
    expect(current.statusCode, current.body).toBe(201);
    expect(current.json()).toMatchObject({ field: "lawyer", contractCurrent: true });
    const ended = await t.request({
      method: "POST",
      url: "/api/advisors",
      session: consultant,
      payload: {
        name: "試験 税夫",
        field: "tax_accountant",
        contractStartsOn: `${year - 3}-04-01`,
        contractEndsOn: `${year - 2}-03-31`,
      },
    });
    expect(ended.json().contractCurrent).toBe(false);

    const backwards = await t.request({
      method: "POST",
      url: "/api/advisors",
      session: consultant,
      payload: {
        name: "逆 期間",
        field: "other",
        contractStartsOn: "2026-04-01",
        contractEndsOn: "2026-03-01",
      },
    });
    expectError(backwards, 400, "VALIDATION_FAILED", ["body.contractEndsOn"]);

    const edited = await t.request({
      method: "PATCH",
      url: `/api/advisors/${ended.json().id}`,
      session: consultant,
      payload: {
        advisor: {
          name: "試験 税夫",
          field: "tax_accountant",
          contractStartsOn: `${year - 3}-04-01`,
          contractEndsOn: null,
        },
        version: 1,
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ contractCurrent: true, version: 2 });

    const list = await t.request({ method: "GET", url: "/api/advisors?field=lawyer", session: consultant });
    expect(list.json().items.map((item: { name: string }) => item.name)).toEqual(["試験 法子"]);
  });
});
