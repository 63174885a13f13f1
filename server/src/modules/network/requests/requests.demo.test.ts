import { networkRequestKinds, networkRequestStatuses } from "@otagai/shared/network/requests";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions } from "../../../platform/demo-data.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { requestsDemo } from "./requests.demo.ts";
import { requestsTodayKinds } from "./requests.today.ts";

const t = useTestApp();
const password = "demo-password-for-tests-1";

beforeAll(async () => {
  const accounts = await prepareDemoAccounts(password);
  const loaded = await loadDemoContributions(
    t.database.db,
    [programsDemoContribution, demoAccountsContribution(accounts), requestsDemo],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

describe("the requests' demo data", () => {
  it("holds every kind and status over this fiscal year and the last; the office's today list shows both kinds", async () => {
    const staff = await t.loginWith("staff@demo.otagai.example", password);
    const list = await t.request({
      method: "GET",
      url: "/api/network/requests?pageSize=100",
      session: staff,
    });
    const items = list.json().items as { kind: string; status: string }[];
    expect(items.length).toBe(15);
    expect(new Set(items.map((item) => item.kind))).toEqual(new Set(networkRequestKinds));
    expect(new Set(items.map((item) => item.status))).toEqual(new Set(networkRequestStatuses));
    const thisYear = await t.request({ method: "GET", url: "/api/network/requests/counts", session: staff });
    const lastYear = await t.request({
      method: "GET",
      url: `/api/network/requests/counts?fiscalYear=${thisYear.json().fiscalYear - 1}`,
      session: staff,
    });
    expect(thisYear.json().total + lastYear.json().total).toBe(15);
    expect(lastYear.json().total).toBeGreaterThan(0);
    const today = await t.request({ method: "GET", url: "/api/today", session: staff });
    const kinds = (today.json().groups as { kind: string }[]).map((group) => group.kind);
    expect(kinds).toEqual(expect.arrayContaining([requestsTodayKinds.new, requestsTodayKinds.due]));
  });
});
