import { describe, expect, it } from "vitest";
import { findTodayItems } from "../../../platform/today/today.service.ts";
import { buildProspect, buildProspectContact } from "../../../test/factories/prospects.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { prospectsTodayProvider, prospectTodayKind } from "./prospects.today.ts";

const t = useTestApp();
const actor = { id: null, email: "today-test", clientAddress: null };

// 00:30 on 1 May in Japan, still 30 April in UTC: the 7 days are counted from Japan's day.
const now = new Date("2026-04-30T15:30:00Z");
const today = "2026-05-01";

describe("prospects' next steps on the today list", () => {
  it("shows the caller's own open next steps due within 7 days or overdue, not others', later or closed ones", async () => {
    const db = t.database.db;
    const staff = await t.loginAs("staff");
    const other = await t.loginAs("coordinator");
    const withStep = async (name: string, ownerId: string, on: number, extra: { stage?: string } = {}) => {
      const prospect = await buildProspect(db, { name, ownerId, stage: extra.stage ?? "contacted" });
      await buildProspectContact(db, prospect.id, {
        contactedOn: addDays(today, -20),
        nextStep: `${name}の次`,
        nextStepOn: addDays(today, on),
      });
      return prospect;
    };
    await withStep("期限切れ", staff.userId, -3);
    await withStep("今日", staff.userId, 0);
    await withStep("7日後", staff.userId, 7);
    await withStep("8日後", staff.userId, 8);
    await withStep("ほかの人の", other.userId, 1);
    await withStep("休止中", staff.userId, 1, { stage: "paused" });
    const closed = await withStep("済んだ", staff.userId, 1);
    await buildProspectContact(db, closed.id, { contactedOn: addDays(today, -1) });
    const scope = { userId: staff.userId, role: "staff" as const, programIds: [] };
    const result = await findTodayItems(db, actor, scope, [prospectsTodayProvider], now);
    expect(result.today).toBe(today);
    const group = result.groups.find((entry) => entry.kind === prospectTodayKind);
    expect(
      group?.items.map((item) => [item.params.name, item.params.step, item.dueOn, item.severity, item.mine]),
    ).toEqual([
      ["期限切れ", "期限切れの次", "2026-04-28", "overdue", true],
      ["今日", "今日の次", today, "due", true],
      ["7日後", "7日後の次", "2026-05-08", "upcoming", true],
    ]);
    const viewer = { ...scope, role: "viewer" as const };
    expect((await findTodayItems(db, actor, viewer, [prospectsTodayProvider], now)).groups).toEqual([]);
  });
});
