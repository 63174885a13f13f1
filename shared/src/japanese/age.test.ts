import { describe, expect, it } from "vitest";
import { ageOn, birthDatesForAges } from "./age.ts";

describe("ageOn", () => {
  it("counts a year up on the birthday", () => {
    expect(ageOn("1990-05-10", "2026-05-09")).toBe(35);
    expect(ageOn("1990-05-10", "2026-05-10")).toBe(36);
  });
  it("turns someone born on 29 February a year older on 1 March in other years", () => {
    expect(ageOn("2000-02-29", "2027-02-28")).toBe(26);
    expect(ageOn("2000-02-29", "2027-03-01")).toBe(27);
    expect(ageOn("2000-02-29", "2028-02-29")).toBe(28);
  });
  it("is null without a birth date, or before the birth", () => {
    expect(ageOn(null, "2026-01-01")).toBeNull();
    expect(ageOn("2027-01-01", "2026-01-01")).toBeNull();
  });
  it("reads an instant as the day in Japan", () => {
    // 2026-05-09T15:30Z is already 10 May in Japan.
    expect(ageOn("1990-05-10", new Date("2026-05-09T15:30:00Z"))).toBe(36);
  });
});

describe("birthDatesForAges", () => {
  it("agrees with ageOn for every birth date around the bounds, on ordinary days and leap days", () => {
    for (const today of ["2026-05-10", "2028-02-29", "2027-02-28", "2027-03-01", "2026-01-01"]) {
      const { latest, after } = birthDatesForAges(20, 29, today);
      const start = new Date(`${Number(today.slice(0, 4)) - 31}-01-01T00:00:00Z`);
      for (let day = 0; day < 366 * 13; day++) {
        const birth = new Date(start.getTime() + day * 86_400_000).toISOString().slice(0, 10);
        const age = ageOn(birth, today);
        const inRange = birth <= latest && (after === undefined || birth > after);
        expect(inRange, `${birth} on ${today}`).toBe(age !== null && age >= 20 && age <= 29);
      }
    }
  });
  it("has no lower bound when there is no upper age", () => {
    expect(birthDatesForAges(60, undefined, "2026-05-10")).toEqual({
      latest: "1966-05-10",
      after: undefined,
    });
  });
});
