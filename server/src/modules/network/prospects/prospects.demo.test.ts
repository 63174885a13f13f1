import { prospectStages } from "@otagai/shared/network/prospects";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions } from "../../../platform/demo-data.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { membersDemoContribution } from "../members/members.demo.ts";
import { prospectsDemoContribution } from "./prospects.demo.ts";
import { workplaceProspects } from "./prospects.tables.ts";

const t = useTestApp();

beforeAll(async () => {
  const accounts = await prepareDemoAccounts("demo-password-for-tests-1");
  const loaded = await loadDemoContributions(
    t.database.db,
    [
      programsDemoContribution,
      demoAccountsContribution(accounts),
      membersDemoContribution,
      prospectsDemoContribution,
    ],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

describe("the pipeline's demo data", () => {
  it("holds ten prospects across every stage, one a member organization, the active one with its workplace", async () => {
    const rows = await t.database.db.select().from(workplaceProspects);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row.stage))).toEqual(new Set(prospectStages));
    expect(rows.filter((row) => row.memberOrganizationId !== null)).toHaveLength(1);
    expect(rows.filter((row) => row.stage === "active").every((row) => row.workplaceId !== null)).toBe(true);
  });

  it("puts some open next steps on the demo office's today list", async () => {
    const response = await t.request({
      method: "GET",
      url: "/api/network/prospects/next-steps",
      session: await t.loginAs("staff"),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items.length).toBeGreaterThan(0);
  });
});
