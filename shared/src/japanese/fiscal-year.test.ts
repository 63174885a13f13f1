import { describe, expect, it } from "vitest";
import { fiscalYearLabel, fiscalYearOf, fiscalYearRange } from "./fiscal-year.ts";

describe("fiscalYearOf", () => {
  it("runs April to March, named by the year it starts in", () => {
    expect(fiscalYearOf("2026-04-01")).toBe(2026);
    expect(fiscalYearOf("2026-12-31")).toBe(2026);
    expect(fiscalYearOf("2027-01-01")).toBe(2026);
    expect(fiscalYearOf("2027-03-31")).toBe(2026);
    expect(fiscalYearOf("2027-04-01")).toBe(2027);
  });
  it("reads a Date as its day in Japan", () => {
    // 2027-03-31T15:00Z is already 1 April in Japan.
    expect(fiscalYearOf(new Date("2027-03-31T14:59:59Z"))).toBe(2026);
    expect(fiscalYearOf(new Date("2027-03-31T15:00:00Z"))).toBe(2027);
  });
  it("returns null for invalid dates", () => {
    expect(fiscalYearOf("2026-02-30")).toBeNull();
    expect(fiscalYearOf("garbage")).toBeNull();
    expect(fiscalYearOf(new Date(Number.NaN))).toBeNull();
  });
});

describe("fiscalYearRange", () => {
  it("gives the first and last day", () => {
    expect(fiscalYearRange(2026)).toEqual({ start: "2026-04-01", end: "2027-03-31" });
    expect(fiscalYearRange(2019)).toEqual({ start: "2019-04-01", end: "2020-03-31" });
  });
});

describe("fiscalYearLabel", () => {
  it("writes 令和N年度", () => {
    expect(fiscalYearLabel(2026)).toBe("令和8年度");
    expect(fiscalYearLabel(2020)).toBe("令和2年度");
  });
  it("names a year that saw a change of era by the new era, as the ministries' statistics do", () => {
    expect(fiscalYearLabel(2019)).toBe("令和元年度"); // began 2019-04-01 under 平成
    expect(fiscalYearLabel(2018)).toBe("平成30年度");
    expect(fiscalYearLabel(1989)).toBe("平成元年度");
    expect(fiscalYearLabel(1988)).toBe("昭和63年度"); // ended 1989-03-31 under 平成
  });
  it("returns null before 明治 and for non-integer years", () => {
    expect(fiscalYearLabel(1867)).toBeNull();
    expect(fiscalYearLabel(2026.5)).toBeNull();
  });
  it("labels the fiscal year of a date", () => {
    const fiscalYear = fiscalYearOf("2020-03-31");
    expect(fiscalYear && fiscalYearLabel(fiscalYear)).toBe("令和元年度");
  });
});
