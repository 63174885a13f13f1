import { describe, expect, it } from "vitest";
import { buildIntake } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildFundingStream, buildProgram } from "../../../test/factories/programs.ts";
import { countOne } from "../../../test/factories/reports.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { countIndicators } from "./indicators.repository.ts";

const t = useTestApp();

/** A program with two funding streams and a case in each (and one in neither), plus another program. */
async function twoStreams() {
  const db = t.database.db;
  const program = await buildProgram(db);
  const welfare = await buildFundingStream(db, program.id, { name: "生活困窮者" });
  const youth = await buildFundingStream(db, program.id, { name: "若者" });
  const inWelfare = await buildCase(db, program.id, { fundingStreamId: welfare.id });
  await buildIntake(db, inWelfare.id, { receivedOn: "2026-04-10" });
  await buildOutcome(db, inWelfare.id, { startedOn: "2026-05-10" });
  const inYouth = await buildCase(db, program.id, { fundingStreamId: youth.id });
  await buildIntake(db, inYouth.id, { receivedOn: "2026-04-20" });
  const inNeither = await buildCase(db, program.id);
  await buildIntake(db, inNeither.id, { receivedOn: "2026-05-01" });
  // The same person's work in another program is that program's figure.
  const other = await buildProgram(db);
  const elsewhere = await buildCase(db, other.id, { participantId: inWelfare.participantId });
  await buildIntake(db, elsewhere.id, { receivedOn: "2026-04-10" });
  await buildOutcome(db, elsewhere.id, { startedOn: "2026-05-10" });
  return { program, welfare, youth, other };
}

describe("the scope of a report's figures", () => {
  it("counts a program's records only, not another program's", async () => {
    const { program, other } = await twoStreams();
    const scope = { programId: program.id, fundingStreamId: null };
    expect((await countOne(t.database.db, "newIntakes", scope)).intakes).toEqual({
      months: { "2026-04": 2, "2026-05": 1 },
      total: 3,
    });
    expect((await countOne(t.database.db, "startedWork", scope)).people?.total).toBe(1);
    const otherScope = { programId: other.id, fundingStreamId: null };
    expect((await countOne(t.database.db, "newIntakes", otherScope)).intakes?.total).toBe(1);
  });

  it("counts each funding stream apart", async () => {
    const { program, welfare, youth } = await twoStreams();
    const welfareFigures = await countOne(t.database.db, "newIntakes", {
      programId: program.id,
      fundingStreamId: welfare.id,
    });
    expect(welfareFigures.intakes).toEqual({ months: { "2026-04": 1 }, total: 1 });
    const youthFigures = await countIndicators(
      t.database.db,
      ["newIntakes", "startedWork"],
      { programId: program.id, fundingStreamId: youth.id },
      { from: "2026-04-01", to: "2027-03-31" },
    );
    expect(youthFigures.get("newIntakes")?.get("intakes")?.total).toBe(1);
    expect(youthFigures.get("startedWork")?.get("people")?.total).toBe(0);
  });

  it("counts every program for the association (no program), a person once across programs", async () => {
    const db = t.database.db;
    const before = await countIndicators(
      db,
      ["startedWork"],
      { programId: null, fundingStreamId: null },
      {
        from: "2026-05-10",
        to: "2026-05-10",
      },
    );
    const startedBefore = before.get("startedWork")?.get("people")?.total ?? 0;
    await twoStreams();
    const after = await countIndicators(
      db,
      ["startedWork"],
      { programId: null, fundingStreamId: null },
      {
        from: "2026-05-10",
        to: "2026-05-10",
      },
    );
    // One person started work in two programs on that day: one more person, not two.
    expect(after.get("startedWork")?.get("people")?.total).toBe(startedBefore + 1);
  });

  it("answers no figures for no indicators", async () => {
    const figures = await countIndicators(
      t.database.db,
      [],
      { programId: null, fundingStreamId: null },
      {
        from: "2026-04-01",
        to: "2027-03-31",
      },
    );
    expect(figures.size).toBe(0);
  });
});
