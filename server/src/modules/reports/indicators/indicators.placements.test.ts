import { describe, expect, it } from "vitest";
import { buildActivity } from "../../../test/factories/activities.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildPlacement } from "../../../test/factories/placements.ts";
import { buildAttendance, buildReportScope, countOne } from "../../../test/factories/reports.ts";
import { useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();
const aprilToJune = { from: "2026-04-01", to: "2026-06-30" };

describe("activeParticipants (参加者数・実人数)", () => {
  it("counts people with a case open on some day of each month, once a month and once in the total", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const spans = [
      { openedOn: "2026-03-15", closedOn: "2026-04-01" }, // April (closed on its first day)
      { openedOn: "2026-04-30", closedOn: "2026-05-01" }, // April and May
      { openedOn: "2026-02-01", closedOn: "2026-03-31" }, // closed before the period
      { openedOn: "2026-07-01", closedOn: null }, // opened after it
    ];
    for (const span of spans) await buildCase(db, programId, { ...span, status: "active" });
    // One person opened on May's last day, with a second case in June: May 1, June 1.
    const open = await buildCase(db, programId, { openedOn: "2026-05-31", status: "active" });
    await buildCase(db, programId, {
      participantId: open.participantId,
      openedOn: "2026-06-10",
      status: "active",
    });
    const figures = await countOne(db, "activeParticipants", scope, aprilToJune);
    expect(figures.people).toEqual({ months: { "2026-04": 2, "2026-05": 2, "2026-06": 1 }, total: 3 });
  });
});

describe("placementsStarted and placementsCompleted (就労体験の開始・修了)", () => {
  it("counts placements that started (not those only planned), on their first day", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const supportCase = await buildCase(db, programId, { status: "active" });
    const started = [
      { status: "ongoing", startOn: "2026-05-01" },
      { status: "completed", startOn: "2026-04-01" },
      { status: "ended_early", startOn: "2026-05-31", endedOn: "2026-06-10" },
      { status: "planned", startOn: "2026-05-10" }, // only planned
      { status: "completed", startOn: "2026-03-31" }, // the year before
    ];
    for (const placement of started) await buildPlacement(db, supportCase.id, placement);
    const figures = await countOne(db, "placementsStarted", scope);
    expect(figures.placements).toEqual({ months: { "2026-04": 1, "2026-05": 2 }, total: 3 });
  });

  it("counts placements completed on their last day (the day ended, else the planned end)", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const supportCase = await buildCase(db, programId, { status: "active" });
    const ended = [
      { status: "completed", startOn: "2026-05-01", endedOn: "2026-07-31" },
      { status: "completed", startOn: "2026-06-01" }, // ends 2026-08-31 as planned
      { status: "ended_early", startOn: "2026-05-01", endedOn: "2026-06-15" },
      { status: "ongoing", startOn: "2026-04-01" },
      { status: "completed", startOn: "2026-01-01", endedOn: "2026-03-31" }, // the year before
    ];
    for (const placement of ended) await buildPlacement(db, supportCase.id, placement);
    const figures = await countOne(db, "placementsCompleted", scope);
    expect(figures.placements).toEqual({ months: { "2026-07": 1, "2026-08": 1 }, total: 2 });
  });
});

describe("attendanceHours (訓練・体験の時間数)", () => {
  it("sums the hours of the days attended (present, late, left early), absences not", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const supportCase = await buildCase(db, programId, { status: "active" });
    const placement = await buildPlacement(db, supportCase.id, { status: "ongoing", startOn: "2026-03-02" });
    await buildAttendance(db, placement.id, "2026-03-31", { hours: 5 }); // the year before
    await buildAttendance(db, placement.id, "2026-05-29", { hours: 5 });
    await buildAttendance(db, placement.id, "2026-05-31", { status: "late", hours: 3.5 });
    await buildAttendance(db, placement.id, "2026-06-01", { status: "left_early", hours: 2 });
    await buildAttendance(db, placement.id, "2026-06-02", { status: "absent", hours: null });
    await buildAttendance(db, placement.id, "2026-06-03", { hours: null }); // present, hours unknown
    const figures = await countOne(db, "attendanceHours", scope);
    expect(figures.hours).toEqual({ months: { "2026-05": 8.5, "2026-06": 2 }, total: 10.5 });
  });
});

describe("supportContacts (支援の延べ件数・時間)", () => {
  it("counts a case's activities and their minutes on their day in Japan", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const supportCase = await buildCase(db, programId, { status: "active" });
    const at = [
      { occurredAt: "2026-03-31T14:59:59Z", minutes: 5 }, // 2026-03-31 23:59 JST: the year before
      { occurredAt: "2026-03-31T15:00:00Z", minutes: 30 }, // 2026-04-01 00:00 JST
      { occurredAt: "2026-04-30T14:00:00Z", minutes: 60 }, // 2026-04-30 23:00 JST
      { occurredAt: "2026-04-30T15:30:00Z", minutes: 45 }, // 2026-05-01 00:30 JST
      { occurredAt: "2027-03-31T14:59:00Z", minutes: 10 }, // 2027-03-31 23:59 JST
      { occurredAt: "2027-03-31T15:00:00Z", minutes: 20 }, // 2027-04-01 JST: the next year
    ];
    for (const activity of at)
      await buildActivity(db, supportCase.participantId, {
        caseId: supportCase.id,
        occurredAt: new Date(activity.occurredAt),
        minutes: activity.minutes,
      });
    // An activity outside any case is not the program's support.
    await buildActivity(db, supportCase.participantId, { occurredAt: new Date("2026-06-01T01:00:00Z") });
    const figures = await countOne(db, "supportContacts", scope);
    expect(figures.contacts).toEqual({ months: { "2026-04": 2, "2026-05": 1, "2027-03": 1 }, total: 4 });
    expect(figures.minutes).toEqual({ months: { "2026-04": 90, "2026-05": 45, "2027-03": 10 }, total: 145 });
  });

  it("puts an activity just after midnight in Japan on the 1st in the new month, not the old", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const supportCase = await buildCase(db, programId, { status: "active" });
    await buildActivity(db, supportCase.participantId, {
      caseId: supportCase.id,
      occurredAt: new Date("2026-05-31T15:30:00Z"), // 2026-06-01 00:30 JST
    });
    const figures = await countOne(db, "supportContacts", scope, aprilToJune);
    expect(figures.contacts).toEqual({ months: { "2026-06": 1 }, total: 1 });
    const mayOnly = await countOne(db, "supportContacts", scope, { from: "2026-05-01", to: "2026-05-31" });
    expect(mayOnly.contacts).toEqual({ months: {}, total: 0 });
  });
});
