import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions } from "../../../platform/demo-data.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { consultationsDemoContribution } from "../../consultation/consultations.demo.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { supportDemoContribution } from "../../support/support.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { proposalsDemoContribution } from "./proposals.demo.ts";

const t = useTestApp();
const password = "demo-password-for-tests-1";

beforeAll(async () => {
  const accounts = await prepareDemoAccounts(password);
  const loaded = await loadDemoContributions(
    t.database.db,
    [
      programsDemoContribution,
      demoAccountsContribution(accounts),
      supportDemoContribution,
      consultationsDemoContribution,
      proposalsDemoContribution,
    ],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

describe("the policy proposals' demo data", () => {
  it("has the worker collectives' campaign over years and a 座間市 housing proposal with non-zero figures", async () => {
    const staff = await t.loginWith("staff@demo.otagai.example", password);
    const list = await t.request({ method: "GET", url: "/api/network/proposals", session: staff });
    const items = list.json().items as { id: string; title: string }[];
    expect(items).toHaveLength(2);
    const details = await Promise.all(
      items.map(async (item) =>
        (await t.request({ method: "GET", url: `/api/network/proposals/${item.id}`, session: staff })).json(),
      ),
    );
    const collective = details.find((proposal) => proposal.title.includes("ワーカーズ・コレクティブ"));
    expect(collective.events.length).toBeGreaterThanOrEqual(8);
    const housing = details.find((proposal) => proposal.addressee === "座間市長");
    for (const figure of housing.figures as { label: string; count: number }[])
      expect(figure.count, figure.label).toBeGreaterThan(0);
    const issues = await t.request({ method: "GET", url: "/api/network/policy-issues", session: staff });
    const withEvidence = (issues.json().items as { evidenceCount: number }[]).filter(
      (issue) => issue.evidenceCount > 0,
    );
    expect(withEvidence.length).toBeGreaterThanOrEqual(3);
  });
});
