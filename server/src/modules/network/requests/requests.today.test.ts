import { describe, expect, it } from "vitest";
import { findTodayItems } from "../../../platform/today/today.service.ts";
import { buildNetworkRequest } from "../../../test/factories/network-requests.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { requestDueAheadDays, requestsTodayKinds, requestsTodayProvider } from "./requests.today.ts";

const t = useTestApp();
const actor = { id: null, email: "today-test", clientAddress: null };

// 00:30 on 1 May in Japan, still 30 April in UTC: the 14 days are counted from Japan's day.
const now = new Date("2026-04-30T15:30:00Z");
const today = "2026-05-01";

describe("requests on the today list", () => {
  it("shows untaken new requests (oldest first) and the caller's accepted ones wanted within 14 days", async () => {
    const db = t.database.db;
    const staff = await t.loginAs("staff");
    const colleague = await t.loginAs("staff");
    const mine = (title: string, wanted: number | null, extra = {}) =>
      buildNetworkRequest(db, {
        title,
        status: "accepted",
        ownerId: staff.userId,
        wantedOn: wanted === null ? null : addDays(today, wanted),
        ...extra,
      });
    await buildNetworkRequest(db, { title: "新しい依頼（後）", receivedOn: "2026-04-20" });
    await buildNetworkRequest(db, { title: "新しい依頼（先）", receivedOn: "2026-04-10" });
    await buildNetworkRequest(db, { title: "担当の決まった新規", ownerId: colleague.userId });
    await mine("14日後", requestDueAheadDays);
    await mine("15日後", requestDueAheadDays + 1);
    await mine("今日", 0);
    await mine("過ぎた", -2);
    await mine("希望日なし", null);
    await mine("完了した", 3, { status: "done", outcome: "済" });
    await buildNetworkRequest(db, {
      title: "同僚の依頼",
      status: "accepted",
      ownerId: colleague.userId,
      wantedOn: addDays(today, 3),
    });
    const scope = { userId: staff.userId, role: "staff" as const, programIds: [] };
    const result = await findTodayItems(db, actor, scope, [requestsTodayProvider], now);
    expect(result.today).toBe(today);
    const groups = Object.fromEntries(
      result.groups.map((group) => [
        group.kind,
        group.items.map((item) => [item.params.title, item.severity]),
      ]),
    );
    expect(groups[requestsTodayKinds.new]).toEqual([
      ["新しい依頼（先）", "due"],
      ["新しい依頼（後）", "due"],
    ]);
    expect(groups[requestsTodayKinds.due]).toEqual([
      ["過ぎた", "overdue"],
      ["今日", "due"],
      ["14日後", "upcoming"],
    ]);
    const coordinator = { ...scope, role: "coordinator" as const };
    expect((await findTodayItems(db, actor, coordinator, [requestsTodayProvider], now)).groups).toEqual([]);
  });

  it("is on GET /api/today for the office", async () => {
    await buildNetworkRequest(t.database.db, { title: "今日の一覧に出る依頼" });
    const response = await t.request({ method: "GET", url: "/api/today", session: await t.loginAs("staff") });
    expect(response.statusCode, response.body).toBe(200);
    const kinds = (response.json().groups as { kind: string }[]).map((group) => group.kind);
    expect(kinds).toContain(requestsTodayKinds.new);
  });
});
