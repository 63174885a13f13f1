import { describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildReportScope, countOne, markFollowUpDone } from "../../../test/factories/reports.ts";
import { useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();

describe("startedWork (就労者数)", () => {
  it("counts people whose work outcome started in the period, once a month and once in the total", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    // One person with two jobs in June (two cases) and another in August: June 1, August 1, total 1.
    const person = await buildParticipant(db);
    const first = await buildCase(db, programId, { participantId: person.id });
    await buildOutcome(db, first.id, { outcomeType: "general_employment", startedOn: "2026-06-01" });
    await buildOutcome(db, first.id, { outcomeType: "part_time", startedOn: "2026-06-30" });
    const second = await buildCase(db, programId, { participantId: person.id });
    await buildOutcome(db, second.id, { outcomeType: "collective_member", startedOn: "2026-08-01" });
    // Someone else in June; a volunteer, a training and a job before the year are not counted.
    const other = await buildCase(db, programId);
    await buildOutcome(db, other.id, { startedOn: "2026-06-15" });
    const volunteer = await buildCase(db, programId);
    await buildOutcome(db, volunteer.id, { outcomeType: "volunteer", startedOn: "2026-06-15" });
    const training = await buildCase(db, programId);
    await buildOutcome(db, training.id, { outcomeType: "vocational_training", startedOn: "2026-06-15" });
    const before = await buildCase(db, programId);
    await buildOutcome(db, before.id, { startedOn: "2026-03-31" });
    const figures = await countOne(db, "startedWork", scope);
    expect(figures.people).toEqual({ months: { "2026-06": 2, "2026-08": 1 }, total: 2 });
  });
});

describe("raisedIncome (増収者数)", () => {
  it("counts people whose income after the outcome is above the one before (none before is 0)", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const outcomes = [
      { incomeBeforeYen: null, incomeAfterYen: 50000, startedOn: "2026-07-01" }, // counted
      { incomeBeforeYen: 50000, incomeAfterYen: 60000, startedOn: "2026-07-31" }, // counted
      { incomeBeforeYen: 100000, incomeAfterYen: 100000, startedOn: "2026-07-10" }, // same
      { incomeBeforeYen: 100000, incomeAfterYen: 90000, startedOn: "2026-07-10" }, // lower
      { incomeBeforeYen: 0, incomeAfterYen: null, startedOn: "2026-07-10" }, // unknown after
      { incomeBeforeYen: 0, incomeAfterYen: 80000, startedOn: "2027-04-01" }, // next year
    ];
    for (const outcome of outcomes) {
      const row = await buildCase(db, programId);
      await buildOutcome(db, row.id, { outcomeType: "volunteer", ...outcome });
    }
    const figures = await countOne(db, "raisedIncome", scope);
    expect(figures.people).toEqual({ months: { "2026-07": 2 }, total: 2 });
  });
});

describe("followUps (定着支援)", () => {
  it("counts follow-ups done in the period, and people still working at each offset", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const one = await buildCase(db, programId);
    const a = await buildOutcome(db, one.id, { startedOn: "2026-05-01" });
    const [a1, a3, a6] = a.followUps;
    if (!a1 || !a3 || !a6) throw new Error("a work outcome has follow-ups");
    await markFollowUpDone(db, a1.id, "2026-06-01", true);
    await markFollowUpDone(db, a3.id, "2026-08-01", false); // stopped working
    const two = await buildCase(db, programId);
    const b = await buildOutcome(db, two.id, { startedOn: "2026-05-30" });
    const [b1, b3] = b.followUps;
    if (!b1 || !b3) throw new Error("a work outcome has follow-ups");
    await markFollowUpDone(db, b1.id, "2026-06-30", true);
    await markFollowUpDone(db, b3.id, "2026-08-31", true);
    // A follow-up done before the year; a6 is due but not done: neither is counted.
    const three = await buildCase(db, programId);
    const c = await buildOutcome(db, three.id, { startedOn: "2026-02-01" });
    if (!c.followUps[0]) throw new Error("a work outcome has follow-ups");
    await markFollowUpDone(db, c.followUps[0].id, "2026-03-31", true);
    const figures = await countOne(db, "followUps", scope);
    expect(figures.done).toEqual({ months: { "2026-06": 2, "2026-08": 2 }, total: 4 });
    expect(figures.working1).toEqual({ months: { "2026-06": 2 }, total: 2 });
    expect(figures.working3).toEqual({ months: { "2026-08": 1 }, total: 1 });
    expect(figures.working6).toEqual({ months: {}, total: 0 });
    expect(figures.working12).toEqual({ months: {}, total: 0 });
  });
});

describe("youthDestinations (進路決定)", () => {
  it("counts people by destination: work, training, school, other", async () => {
    const db = t.database.db;
    const { programId, scope } = await buildReportScope(db);
    const outcomes = [
      { outcomeType: "general_employment", startedOn: "2026-04-01" },
      { outcomeType: "part_time", startedOn: "2026-04-30" },
      { outcomeType: "collective_member", startedOn: "2026-05-01" },
      { outcomeType: "vocational_training", startedOn: "2026-05-15" },
      { outcomeType: "education", startedOn: "2027-03-31" },
      { outcomeType: "volunteer", startedOn: "2026-09-01" },
      { outcomeType: "other", startedOn: "2026-09-02" },
      { outcomeType: "education", startedOn: "2026-03-31" }, // the year before
    ];
    for (const outcome of outcomes) {
      const row = await buildCase(db, programId);
      await buildOutcome(db, row.id, outcome);
    }
    // One person twice in training (two outcomes): counted once.
    const twice = await buildCase(db, programId);
    await buildOutcome(db, twice.id, { outcomeType: "vocational_training", startedOn: "2026-05-20" });
    await buildOutcome(db, twice.id, { outcomeType: "vocational_training", startedOn: "2026-05-25" });
    const figures = await countOne(db, "youthDestinations", scope);
    expect(figures.employment).toEqual({ months: { "2026-04": 2, "2026-05": 1 }, total: 3 });
    expect(figures.training).toEqual({ months: { "2026-05": 2 }, total: 2 });
    expect(figures.education).toEqual({ months: { "2027-03": 1 }, total: 1 });
    expect(figures.other).toEqual({ months: { "2026-09": 2 }, total: 2 });
  });
});
