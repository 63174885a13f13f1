import { fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";
import { describe, expect, it } from "vitest";
import { todayInJapan } from "../../platform/demo-data.ts";
import { useTestApp } from "../../test/test-app.ts";
import { loadProgramsDemoData, seedPrograms } from "./programs.demo.ts";
import { findContractsOfProgram, findFundingStreamsOf, findPrograms } from "./programs.repository.ts";

const t = useTestApp();

describe("the programs' demo data", () => {
  it("has the nine programs, each with a contract for this fiscal year and the one before", async () => {
    const today = todayInJapan();
    const idByCode = await t.database.db.transaction((tx) => loadProgramsDemoData(tx, today));
    const rows = await findPrograms(t.database.db);
    expect(rows).toHaveLength(9);
    expect([...idByCode.keys()].sort()).toEqual(seedPrograms.map((program) => program.code).sort());
    expect(new Set(rows.map((row) => row.kind))).toEqual(
      new Set([
        "readiness",
        "certified_training",
        "social_participation",
        "saposute",
        "disability",
        "own",
        "other",
      ]),
    );
    const current = fiscalYearOf(today) as number;
    for (const row of rows) {
      expect(row.targetGroup, row.code).not.toBe("");
      const years = (await findContractsOfProgram(t.database.db, row.id)).map(
        (contract) => contract.fiscalYear,
      );
      expect(years, row.code).toEqual([current, current - 1]);
    }
    const readiness = idByCode.get("yokohama-readiness") as string;
    const streams = await findFundingStreamsOf(t.database.db, [readiness]);
    expect(streams.map((stream) => stream.name).sort()).toEqual(["生活困窮者", "被保護者"].sort());
  });

  it("takes the fiscal year from the day it is given (March belongs to the year before)", async () => {
    const database = t.database.db;
    await database.transaction((tx) => loadProgramsDemoData(tx, "2031-03-31"));
    const [program] = await findPrograms(database);
    const years = (await findContractsOfProgram(database, program?.id ?? "")).map((row) => row.fiscalYear);
    // Contracts of 2030 and 2029 beside the ones the first test loaded: one per program and year.
    expect(years).toEqual(expect.arrayContaining([2030, 2029]));
  });
});
