import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions } from "../../../platform/demo-data.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { workplacesDemoContribution } from "../../support/workplaces/workplaces.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { meetingsDemoContribution } from "./meetings.demo.ts";
import { meetingsTodayKind } from "./meetings.today.ts";

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
      meetingsDemoContribution,
    ],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

describe("the meetings' demo data", () => {
  it("holds an all-hands, two round tables invited from the active workplaces and a board; action items on today lists", async () => {
    const staff = await t.loginWith("staff@demo.otagai.example", password);
    const list = await t.request({ method: "GET", url: "/api/network/meetings", session: staff });
    const items = list.json().items as { id: string; kind: string; invitedCount: number; heldOn: string }[];
    expect(items.map((item) => item.kind).sort()).toEqual([
      "all_hands",
      "board",
      "round_table",
      "round_table",
    ]);
    const active = await t.request({
      method: "GET",
      url: "/api/workplaces?status=active&pageSize=200",
      session: staff,
    });
    for (const roundTable of items.filter((item) => item.kind === "round_table"))
      expect(roundTable.invitedCount).toBe(active.json().total);
    expect(active.json().total).toBeGreaterThan(0);

    const allHands = items.find((item) => item.kind === "all_hands");
    const detail = await t.request({
      method: "GET",
      url: `/api/network/meetings/${allHands?.id}`,
      session: staff,
    });
    expect(detail.json().minutes).not.toBe("");
    expect(detail.json().decisions).not.toBe("");

    const all = await t.request({
      method: "GET",
      url: "/api/network/action-items?pageSize=100",
      session: staff,
    });
    const actionItems = all.json().items as { doneAt: string | null }[];
    expect(actionItems.some((item) => item.doneAt !== null)).toBe(true);
    expect(actionItems.some((item) => item.doneAt === null)).toBe(true);

    for (const [email, expectOverdue] of [
      ["staff@demo.otagai.example", true],
      ["coordinator@demo.otagai.example", false],
    ] as const) {
      const session = await t.loginWith(email, password);
      const today = await t.request({ method: "GET", url: "/api/today", session });
      const group = (today.json().groups as { kind: string; items: { severity: string }[] }[]).find(
        (entry) => entry.kind === meetingsTodayKind,
      );
      expect(group?.items.length).toBeGreaterThan(0);
      expect(group?.items.some((item) => item.severity === "overdue")).toBe(expectOverdue);
    }
  });
});
