import type { Figures } from "@otagai/shared/consultation/figures";
import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { buildKnownDesk } from "./figures.test-support.ts";

const t = useTestApp();
let manager: Session;
let desk: Awaited<ReturnType<typeof buildKnownDesk>>;

beforeAll(async () => {
  manager = await t.loginAs("manager");
  desk = await buildKnownDesk(t.database.db, manager.userId);
});

async function figuresFor(query: string, session = manager): Promise<Figures> {
  const response = await t.request({ method: "GET", url: `/api/consultation-figures${query}`, session });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const byKey = <T, K extends keyof T>(rows: T[], key: K) =>
  Object.fromEntries(rows.map((row) => [String(row[key]), row]));

describe("the desk's figures for a fiscal year", () => {
  it("counts consultations by category, channel, concern topic, outcome route and month (Japan time)", async () => {
    const figures = await figuresFor("?from=2025-04-01&to=2026-03-31");
    expect(figures.period).toEqual({ from: "2025-04-01", to: "2026-03-31", fiscalYear: 2025 });
    const c = figures.consultations;
    // 2026-03-31 23:30 (+09:00) is in; 2026-04-01 00:10 (+09:00, March 31 in UTC) and 2025-03-31 are out.
    expect(c.total).toBe(4);
    expect(c.minutes).toEqual({ total: 50, recorded: 2 });
    // The desk's order; a retired category shows only when it was used in the period.
    expect(c.byCategory.map((row) => [row.name, row.count, row.minutes])).toEqual([
      ["以前の区分", 1, 0],
      ["就労相談", 2, 50],
      ["よこはま若者サポートステーションの若者の実習相談", 0, 0],
      ["一般からの就労相談", 0, 0],
      ["生活クラブ組合員家族の就労支援", 0, 0],
      ["生活相談", 0, 0],
      ["起業相談", 0, 0],
      ["住まいの相談", 1, 0],
      ['=HYPERLINK("http://example.invalid")', 0, 0],
    ]);
    expect(c.byCategory[1]?.code).toBe("employment");
    expect(c.byCategory[7]?.code).toBeNull();
    expect(c.byChannel).toEqual([
      { channel: "phone", count: 2 },
      { channel: "visit", count: 0 },
      { channel: "online", count: 1 },
      { channel: "email", count: 0 },
      { channel: "outreach", count: 1 },
    ]);
    expect(c.byConcernTopic).toHaveLength(16);
    expect(c.byConcernTopic.filter((row) => row.count > 0)).toEqual([
      { topic: "income", count: 1 },
      { topic: "job_search", count: 2 },
      { topic: "family", count: 1 },
    ]);
    expect(c.byOutcomeRoute).toEqual([
      { route: "information", count: 2 },
      { route: "handover", count: 0 },
      { route: "continuing", count: 1 },
      { route: "unset", count: 1 },
    ]);
    expect(c.byMonth.map((row) => row.month)).toEqual([
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
    const months = byKey(c.byMonth, "month");
    expect(months["2025-04"]).toEqual({ month: "2025-04", count: 1, minutes: 0 });
    expect(months["2025-05"]).toEqual({ month: "2025-05", count: 0, minutes: 0 });
    expect(months["2025-10"]).toEqual({ month: "2025-10", count: 1, minutes: 20 });
    expect(months["2026-03"]).toEqual({ month: "2026-03", count: 1, minutes: 30 });
  });

  it("counts referrals by status and by agency or advisor", async () => {
    const { referrals } = await figuresFor("?from=2025-04-01&to=2026-03-31");
    expect(referrals.total).toBe(4);
    expect(referrals.byStatus).toEqual([
      { status: "sent", count: 1 },
      { status: "accepted", count: 1 },
      { status: "declined", count: 0 },
      { status: "result_received", count: 1 },
      { status: "closed", count: 1 },
    ]);
    const destinations = byKey(referrals.byDestination, "id");
    // An agency out of use with no referral in the period is left out; one referred to is kept.
    expect(Object.keys(destinations).sort()).toEqual(
      [desk.helloWork.id, desk.closedCenter.id, desk.lawyer.id].sort(),
    );
    expect(destinations[desk.helloWork.id]).toMatchObject({
      kind: "agency",
      total: 2,
      byStatus: { sent: 1, accepted: 1, declined: 0, result_received: 0, closed: 0 },
    });
    expect(destinations[desk.closedCenter.id]).toMatchObject({ kind: "agency", total: 1 });
    expect(destinations[desk.lawyer.id]).toMatchObject({
      kind: "advisor",
      name: "青木 法律事務所（架空）",
      total: 1,
      byStatus: { result_received: 1 },
    });
    expect(referrals.byDestination.at(-1)?.kind).toBe("advisor");
  });

  it("counts appointments kept, missed, booked and cancelled by month (Japan time)", async () => {
    const { appointments } = await figuresFor("?from=2025-04-01&to=2026-03-31");
    expect(appointments.totals).toEqual({ booked: 1, kept: 2, missed: 1, cancelled: 1 });
    const months = byKey(appointments.byMonth, "month");
    expect(months["2025-04"]).toEqual({ month: "2025-04", booked: 0, kept: 1, missed: 1, cancelled: 0 });
    expect(months["2025-05"]).toEqual({ month: "2025-05", booked: 1, kept: 0, missed: 0, cancelled: 1 });
    expect(months["2026-03"]).toEqual({ month: "2026-03", booked: 0, kept: 1, missed: 0, cancelled: 0 });
    expect(appointments.byMonth).toHaveLength(12);
  });

  it("takes the next fiscal year's first day alone: the edge consultation, referral and appointment", async () => {
    const figures = await figuresFor("?from=2026-04-01&to=2026-04-01");
    expect(figures.period.fiscalYear).toBeNull();
    expect(figures.consultations.total).toBe(1);
    expect(figures.consultations.byMonth).toEqual([{ month: "2026-04", count: 1, minutes: 45 }]);
    expect(byKey(figures.consultations.byOutcomeRoute, "route").handover?.count).toBe(1);
    expect(figures.referrals.byStatus[0]).toEqual({ status: "sent", count: 1 });
    expect(figures.appointments.totals).toEqual({ booked: 0, kept: 1, missed: 0, cancelled: 0 });
  });

  it("shows zeros for a period with nothing in it, every category in use listed", async () => {
    const figures = await figuresFor("?from=2030-01-01&to=2030-02-15");
    expect(figures.consultations.total).toBe(0);
    expect(figures.consultations.byCategory.map((row) => row.name)).not.toContain("以前の区分");
    expect(figures.consultations.byCategory).toHaveLength(8);
    expect(figures.consultations.byCategory.every((row) => row.count === 0)).toBe(true);
    expect(figures.consultations.byMonth).toEqual([
      { month: "2030-01", count: 0, minutes: 0 },
      { month: "2030-02", count: 0, minutes: 0 },
    ]);
    expect(figures.referrals.total).toBe(0);
    expect(figures.referrals.byDestination.map((row) => row.id).sort()).toEqual(
      [desk.helloWork.id, desk.lawyer.id].sort(),
    );
    expect(figures.appointments.totals).toEqual({ booked: 0, kept: 0, missed: 0, cancelled: 0 });
  });

  it("defaults to the fiscal year today belongs to in Japan", async () => {
    const year = fiscalYearOf(todayInJapan()) as number;
    const range = fiscalYearRange(year);
    const figures = await figuresFor("");
    expect(figures.period).toEqual({ from: range.start, to: range.end, fiscalYear: year });
    expect(figures.consultations.byMonth).toHaveLength(12);
  });
});

describe("who sees the figures, and the period's refusals", () => {
  it("lets the area's read-only viewer in (no person in them) and keeps staff out", async () => {
    const viewer = await t.loginAs("viewer");
    expect((await figuresFor("?from=2025-04-01&to=2026-03-31", viewer)).consultations.total).toBe(4);
    const staff = await t.loginAs("staff");
    const refused = await t.request({ method: "GET", url: "/api/consultation-figures", session: staff });
    expectError(refused, 403, "FORBIDDEN");
  });

  it("refuses an end before the start, a missing end, and a period past five years, naming the field", async () => {
    const refused = async (query: string, fields: string[]) => {
      const response = await t.request({
        method: "GET",
        url: `/api/consultation-figures${query}`,
        session: manager,
      });
      return expectError(response, 400, "VALIDATION_FAILED", fields);
    };
    const before = await refused("?from=2026-04-01&to=2026-03-31", ["querystring.to"]);
    expect(before.fields?.[0]?.message).toBe("終了日は開始日以降の日付にしてください。");
    await refused("?from=2026-04-01", ["querystring.to"]);
    await refused("?to=2026-04-01", ["querystring.from"]);
    const tooLong = await refused("?from=2020-04-01&to=2026-03-31", ["querystring.to"]);
    expect(tooLong.fields?.[0]?.message).toBe("集計の期間は5年以内にしてください。");
    await refused("?from=2026-02-30&to=2026-03-31", ["querystring.from"]);
    // Five fiscal years side by side are fine.
    expect((await figuresFor("?from=2021-04-01&to=2026-03-31")).consultations.byMonth).toHaveLength(60);
  });
});
