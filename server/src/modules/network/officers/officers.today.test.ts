import { describe, expect, it } from "vitest";
import { findTodayItems } from "../../../platform/today/today.service.ts";
import { buildOfficer } from "../../../test/factories/officers.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { officersTodayKinds, officersTodayProvider, termEndingAheadDays } from "./officers.today.ts";

const t = useTestApp();
const actor = { id: null, email: "today-test", clientAddress: null };

// 00:30 on 1 May in Japan, still 30 April in UTC: the 90 days are counted from Japan's day.
const now = new Date("2026-04-30T15:30:00Z");
const today = "2026-05-01";

describe("officers' terms ending on the today list", () => {
  it("shows terms ending from today to 90 days on, soonest first; not later, not ended", async () => {
    const db = t.database.db;
    const ending = (name: string, days: number) =>
      buildOfficer(db, { name, termStartsOn: addDays(today, -700), termEndsOn: addDays(today, days) });
    await ending("120日後に満了", 120);
    await ending("30日後に満了", 30);
    await ending("91日後に満了", termEndingAheadDays + 1);
    await ending("90日後に満了", termEndingAheadDays);
    await ending("今日満了", 0);
    await ending("昨日満了", -1);
    const staff = await t.loginAs("staff");
    const scope = { userId: staff.userId, role: "staff" as const, programIds: [] };
    const result = await findTodayItems(db, actor, scope, [officersTodayProvider], now);
    expect(result.today).toBe(today);
    const group = result.groups.find((candidate) => candidate.kind === officersTodayKinds.termEnding);
    expect(group?.items.map((item) => [item.params.name, item.dueOn, item.severity])).toEqual([
      ["今日満了", today, "due"],
      ["30日後に満了", "2026-05-31", "upcoming"],
      ["90日後に満了", "2026-07-30", "upcoming"],
    ]);
    // The role goes along as its code: the catalogs name it in the reader's language.
    expect(new Set(group?.items.map((item) => item.params.role))).toEqual(new Set(["director"]));
    // Only those who keep the officers' records see it.
    const coordinator = { ...scope, role: "coordinator" as const };
    expect((await findTodayItems(db, actor, coordinator, [officersTodayProvider], now)).groups).toEqual([]);
  });

  it("is on GET /api/today for the office", async () => {
    const day = new Date().toISOString().slice(0, 10);
    await buildOfficer(t.database.db, {
      name: "満了間近 理事",
      termStartsOn: addDays(day, -300),
      termEndsOn: addDays(day, 30),
    });
    const response = await t.request({ method: "GET", url: "/api/today", session: await t.loginAs("staff") });
    expect(response.statusCode, response.body).toBe(200);
    const kinds = (response.json().groups as { kind: string }[]).map((group) => group.kind);
    expect(kinds).toContain(officersTodayKinds.termEnding);
  });
});
