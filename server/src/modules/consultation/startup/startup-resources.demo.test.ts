import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoContributions } from "../../../platform/demo-data.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { programsDemoContribution } from "../../programs/programs.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "../../users/users.demo.ts";
import { consultationsDemoContribution } from "../consultations.demo.ts";
import { startupDemoContribution } from "./startup-resources.demo.ts";
import { findOpenGrants } from "./startup-resources.repository.ts";
import { startupTodayKinds } from "./startup-resources.today.ts";

const t = useTestApp();
const password = "demo-password-for-tests-1";

beforeAll(async () => {
  const accounts = await prepareDemoAccounts(password);
  const loaded = await loadDemoContributions(
    t.database.db,
    [
      programsDemoContribution,
      demoAccountsContribution(accounts),
      consultationsDemoContribution,
      startupDemoContribution,
    ],
    async () => true,
  );
  expect(loaded).toBe(true);
}, 120_000);

describe("the start-up directory's demo data", () => {
  it("has four grants and three guides; one window opens and one closes within 30 days", async () => {
    const consultant = await t.loginWith("consultant@demo.otagai.example", password);
    const all = await t.request({ method: "GET", url: "/api/startup-resources", session: consultant });
    const kinds = (all.json().items as { kind: string }[]).map((item) => item.kind);
    expect(kinds.filter((kind) => kind === "grant")).toHaveLength(4);
    expect(kinds.filter((kind) => kind === "guide")).toHaveLength(3);
    const today = await t.request({ method: "GET", url: "/api/today", session: consultant });
    const groups = today.json().groups as { kind: string; items: unknown[] }[];
    for (const kind of [startupTodayKinds.windowOpens, startupTodayKinds.windowCloses])
      expect(groups.find((group) => group.kind === kind)?.items).toHaveLength(1);
    expect(await findOpenGrants(t.database.db, todayInJapan())).toHaveLength(2);
  });

  it("links a grant and a guide to the demo's 起業相談", async () => {
    const consultant = await t.loginWith("consultant@demo.otagai.example", password);
    const list = await t.request({
      method: "GET",
      url: "/api/consultations?pageSize=50",
      session: consultant,
    });
    const categories = await t.request({
      method: "GET",
      url: "/api/consultation-categories",
      session: consultant,
    });
    const startup = (categories.json().items as { id: string; code: string }[]).find(
      (c) => c.code === "startup",
    );
    const first = (list.json().items as { id: string; categoryId: string; consultedAt: string }[])
      .filter((item) => item.categoryId === startup?.id)
      .sort((a, b) => a.consultedAt.localeCompare(b.consultedAt))[0];
    const linked = await t.request({
      method: "GET",
      url: `/api/consultations/${first?.id}/startup-resources`,
      session: consultant,
    });
    expect((linked.json().items as { kind: string }[]).map((item) => item.kind).sort()).toEqual([
      "grant",
      "guide",
    ]);
  });
});
