import { describe, expect, it } from "vitest";
import { findTodayItems } from "../../../platform/today/today.service.ts";
import { buildStartupResource } from "../../../test/factories/startup-resources.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { grantWindowAheadDays, startupTodayKinds, startupTodayProvider } from "./startup-resources.today.ts";

const t = useTestApp();
const actor = { id: null, email: "today-test", clientAddress: null };

// 00:30 on 1 May in Japan, still 30 April in UTC: the 30 days are counted from Japan's day.
const now = new Date("2026-04-30T15:30:00Z");
const today = "2026-05-01";

describe("grant windows on the today list", () => {
  it("shows grants whose window opens or closes from today to 30 days on (Japan time), not past or later", async () => {
    const db = t.database.db;
    const grant = (title: string, opens: number | null, closes: number | null, extra = {}) =>
      buildStartupResource(db, {
        title,
        provider: "試験財団（架空）",
        windowOpensOn: opens === null ? null : addDays(today, opens),
        windowClosesOn: closes === null ? null : addDays(today, closes),
        ...extra,
      });
    await grant("30日後に締切", -10, grantWindowAheadDays);
    await grant("31日後に締切", -10, grantWindowAheadDays + 1);
    await grant("今日締切", -10, 0);
    await grant("昨日締切", -10, -1);
    await grant("30日後に受付開始", grantWindowAheadDays, 60);
    await grant("31日後に受付開始", grantWindowAheadDays + 1, 60);
    await grant("今日から受付", 0, null);
    await grant("停止した助成", 1, 5, { active: false });
    await buildStartupResource(db, { kind: "guide", title: "手引き" });
    const consultant = await t.loginAs("consultant");
    const scope = { userId: consultant.userId, role: "consultant" as const, programIds: [] };
    const result = await findTodayItems(db, actor, scope, [startupTodayProvider], now);
    expect(result.today).toBe(today);
    const groups = Object.fromEntries(
      result.groups.map((group) => [
        group.kind,
        group.items.map((item) => [item.params.title, item.dueOn, item.severity]),
      ]),
    );
    expect(groups[startupTodayKinds.windowCloses]).toEqual([
      ["今日締切", today, "due"],
      ["30日後に締切", "2026-05-31", "upcoming"],
    ]);
    expect(groups[startupTodayKinds.windowOpens]).toEqual([
      ["今日から受付", today, "due"],
      ["30日後に受付開始", "2026-05-31", "upcoming"],
    ]);
    const coordinator = { ...scope, role: "coordinator" as const };
    expect((await findTodayItems(db, actor, coordinator, [startupTodayProvider], now)).groups).toEqual([]);
  });

  it("is on GET /api/today for the desk", async () => {
    await buildStartupResource(t.database.db, {
      title: "10日後に締切の助成（架空）",
      windowClosesOn: addDays(new Date().toISOString().slice(0, 10), 10),
    });
    const response = await t.request({
      method: "GET",
      url: "/api/today",
      session: await t.loginAs("consultant"),
    });
    expect(response.statusCode, response.body).toBe(200);
    const kinds = (response.json().groups as { kind: string }[]).map((group) => group.kind);
    expect(kinds).toContain(startupTodayKinds.windowCloses);
  });
});
