import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions } from "../../../platform/demo-data.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { workplacesDemoContribution } from "../../support/workplaces/workplaces.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { membersDemoContribution } from "../members/members.demo.ts";
import { officersDemoContribution } from "./officers.demo.ts";
import { officersTodayKinds } from "./officers.today.ts";

const t = useTestApp();
const password = "demo-password-for-tests-1";

beforeAll(async () => {
  const accounts = await prepareDemoAccounts(password);
  const loaded = await loadDemoContributions(
    t.database.db,
    [
      programsDemoContribution,
      demoAccountsContribution(accounts),
      workplacesDemoContribution,
      membersDemoContribution,
      officersDemoContribution,
    ],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

async function board(on?: string) {
  const staff = await t.loginWith("staff@demo.otagai.example", password);
  const query = on ? `?on=${on}` : "";
  const response = await t.request({
    method: "GET",
    url: `/api/network/officers/board${query}`,
    session: staff,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    on: string;
    items: { name: string; role: string; memberOrganizationName: string | null }[];
  };
}

const names = (items: { name: string; role: string }[]) => items.map((item) => `${item.role} ${item.name}`);

describe("the officers' demo data", () => {
  it("has today's board in the seed's structure and order (1, 1, 2, 8, 3), some from member organizations", async () => {
    const today = await board();
    expect(today.on).toBe(todayInJapan());
    expect(names(today.items)).toEqual([
      "chair 山川 和子",
      "executive_director 森田 智子",
      "vice_chair 青木 恵美",
      "vice_chair 石井 直子",
      "director 上田 由美",
      "director 大野 真理",
      "director 小川 純子",
      "director 木村 陽子",
      "director 佐野 明美",
      "director 中西 礼子",
      "director 藤田 久美子",
      "director 松本 香織",
      "auditor 川口 正人",
      "auditor 野村 京子",
      "auditor 吉田 節子",
    ]);
    expect(today.items.filter((item) => item.memberOrganizationName !== null).length).toBeGreaterThan(3);
  });

  it("has the previous term's board, partly other people, as of a past day", async () => {
    const past = await board(addDays(todayInJapan(), -400));
    expect(names(past.items)).toEqual([
      "chair 佐藤 光子",
      "executive_director 山川 和子",
      "vice_chair 青木 恵美",
      "vice_chair 高橋 典子",
      "director 上田 由美",
      "director 大野 真理",
      "director 小川 純子",
      "director 木村 陽子",
      "director 中西 礼子",
      "director 原 幸子",
      "director 平野 優子",
      "director 森田 智子",
      "auditor 川口 正人",
      "auditor 野村 京子",
      "auditor 渡辺 孝",
    ]);
  });

  it("puts the 補欠 director's term, ending within 90 days, on the office's today list", async () => {
    const staff = await t.loginWith("staff@demo.otagai.example", password);
    const response = await t.request({ method: "GET", url: "/api/today", session: staff });
    const groups = response.json().groups as { kind: string; items: { params: Record<string, string> }[] }[];
    const ending = groups.find((group) => group.kind === officersTodayKinds.termEnding);
    expect(ending?.items.map((item) => item.params.name)).toEqual(["松本 香織"]);
  });
});
