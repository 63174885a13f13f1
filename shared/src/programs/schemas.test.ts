import { describe, expect, it } from "vitest";
import { contractPeriodProblems, createContractInputSchema, updateContractInputSchema } from "./schemas.ts";

describe("a contract's period", () => {
  it("may start late in its fiscal year, never outside it, and never end before it starts", () => {
    expect(
      contractPeriodProblems({ fiscalYear: 2026, periodStart: "2026-07-01", periodEnd: "2027-03-31" }),
    ).toEqual([]);
    expect(contractPeriodProblems({ fiscalYear: 2026, periodStart: "2026-03-31" })).toEqual([
      { field: "periodStart", messageKey: "periodOutsideFiscalYear" },
    ]);
    expect(contractPeriodProblems({ fiscalYear: 2026, periodEnd: "2027-04-01" })).toEqual([
      { field: "periodEnd", messageKey: "periodOutsideFiscalYear" },
    ]);
    expect(
      contractPeriodProblems({ fiscalYear: 2026, periodStart: "2026-10-01", periodEnd: "2026-09-30" }),
    ).toEqual([{ field: "periodEnd", messageKey: "periodEndBeforeStart" }]);
  });

  it("defaults what a new contract leaves out, and names the field of a bad period", () => {
    expect(createContractInputSchema.parse({ fiscalYear: 2026 })).toEqual({
      fiscalYear: 2026,
      capacity: null,
      amountYen: null,
      indicators: [],
      termMonths: 3,
      maxTerms: 4,
      followUpMonths: null,
      notes: "",
    });
    const backwards = createContractInputSchema.safeParse({
      fiscalYear: 2026,
      periodStart: "2026-10-01",
      periodEnd: "2026-06-30",
    });
    expect(backwards.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["periodEnd", "periodEndBeforeStart"],
    ]);
    const edited = updateContractInputSchema.safeParse({
      periodStart: "2026-10-01",
      periodEnd: "2026-06-30",
      version: 1,
    });
    expect(edited.error?.issues.map((issue) => issue.path.join("."))).toEqual(["periodEnd"]);
  });

  it("refuses negative numbers, terms outside 1–12 and unknown indicators", () => {
    const result = createContractInputSchema.safeParse({
      fiscalYear: 2026,
      capacity: -1,
      amountYen: -1,
      termMonths: 13,
      maxTerms: 0,
      indicators: ["unknown"],
    });
    expect(result.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual(
      ["amountYen", "capacity", "indicators.0", "maxTerms", "termMonths"].sort(),
    );
  });
});
