import { describe, expect, it } from "vitest";
import { defaultReportMonth, fiscalYearMonths } from "./report-format";
import { searchFiscalYear, searchMonth } from "./search-values";

describe("contract report format", () => {
  it("lists a fiscal year's months from April to March", () => {
    const months = fiscalYearMonths(2026);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2026-04");
    expect(months[8]).toBe("2026-12");
    expect(months[11]).toBe("2027-03");
  });

  it("opens on the latest ended month of the year, April before one has ended, March after the year", () => {
    expect(defaultReportMonth(2026, "2026-11-27")).toBe("2026-10");
    expect(defaultReportMonth(2026, "2027-01-05")).toBe("2026-12");
    expect(defaultReportMonth(2026, "2026-04-15")).toBe("2026-04");
    expect(defaultReportMonth(2026, "2025-12-01")).toBe("2026-04");
    expect(defaultReportMonth(2026, "2027-04-01")).toBe("2027-03");
    expect(defaultReportMonth(2026, "2028-06-30")).toBe("2027-03");
  });

  it("drops malformed months and years in the address", () => {
    expect(searchMonth("2026-10")).toBe("2026-10");
    expect(searchMonth("2026-13")).toBeUndefined();
    expect(searchMonth(202610)).toBeUndefined();
    expect(searchFiscalYear("2026")).toBe(2026);
    expect(searchFiscalYear("x")).toBeUndefined();
    expect(searchFiscalYear(1800)).toBeUndefined();
  });
});
