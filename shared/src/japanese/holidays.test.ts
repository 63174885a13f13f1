import { describe, expect, it } from "vitest";
import { holidayName, holidaysBetween, isBusinessDay, isHoliday } from "./holidays.ts";

describe("isHoliday", () => {
  it("recognises fixed and moving holidays", () => {
    expect(isHoliday("2026-01-01")).toBe(true); // 元日
    expect(isHoliday("2026-01-12")).toBe(true); // 成人の日 (2nd Monday)
    expect(isHoliday("2026-11-23")).toBe(true); // 勤労感謝の日
  });
  it("recognises substitute holidays and 国民の休日", () => {
    expect(isHoliday("2026-05-06")).toBe(true); // 振替休日
    expect(isHoliday("2026-09-22")).toBe(true); // 国民の休日, between 敬老の日 and 秋分の日
  });
  it("accepts a Date, read in local time", () => {
    expect(isHoliday(new Date("2026-01-01T00:00:00+09:00"))).toBe(true);
    expect(isHoliday(new Date("2026-01-01T23:59:00+09:00"))).toBe(true);
    expect(isHoliday(new Date("2026-01-02T00:00:00+09:00"))).toBe(false);
  });
  it("is false on ordinary days", () => {
    expect(isHoliday("2026-11-26")).toBe(false);
    expect(isHoliday("2026-12-29")).toBe(false); // office closure, not a national holiday
  });
  it("is false for invalid or malformed dates and outside the data range", () => {
    expect(isHoliday("2026-02-30")).toBe(false);
    expect(isHoliday("")).toBe(false);
    expect(isHoliday("2026/01/01")).toBe(false);
    expect(isHoliday("constructor")).toBe(false);
    expect(isHoliday("1960-01-01")).toBe(false);
    expect(isHoliday(new Date(Number.NaN))).toBe(false);
  });
});

describe("holidayName", () => {
  it("returns the Japanese name by default", () => {
    expect(holidayName("2026-01-01")).toBe("元日");
    expect(holidayName("2026-11-23", "ja")).toBe("勤労感謝の日");
    expect(holidayName("2026-05-06")).toContain("振替休日");
    expect(holidayName("2026-09-22")).toBe("休日");
  });
  it("returns the English name", () => {
    expect(holidayName("2026-01-01", "en")).toBe("New Year's Day");
    expect(holidayName("2026-11-23", "en")).toBe("Labor Thanksgiving Day");
    expect(holidayName("2026-05-06", "en")).toBe("Holiday in lieu");
    expect(holidayName("2026-09-22", "en")).toBe("Citizen's Holiday");
  });
  it("returns null for non-holidays and invalid dates", () => {
    expect(holidayName("2026-11-26")).toBeNull();
    expect(holidayName("2026-02-30")).toBeNull();
    expect(holidayName("garbage", "en")).toBeNull();
  });
});

describe("holidaysBetween", () => {
  it("lists holidays in range, inclusive at both ends, oldest first", () => {
    const golden = holidaysBetween("2026-04-29", "2026-05-06");
    expect(golden.map((h) => h.date)).toEqual([
      "2026-04-29",
      "2026-05-03",
      "2026-05-04",
      "2026-05-05",
      "2026-05-06",
    ]);
    expect(golden[0]).toEqual({ date: "2026-04-29", name: "昭和の日", nameEn: "Showa Day" });
  });
  it("includes the silver week of 2026", () => {
    expect(holidaysBetween("2026-09-19", "2026-09-27").map((h) => h.date)).toEqual([
      "2026-09-21",
      "2026-09-22",
      "2026-09-23",
    ]);
  });
  it("returns a single day range", () => {
    expect(holidaysBetween("2026-01-01", "2026-01-01")).toEqual([
      { date: "2026-01-01", name: "元日", nameEn: "New Year's Day" },
    ]);
    expect(holidaysBetween("2026-01-02", "2026-01-02")).toEqual([]);
  });
  it("covers a whole year", () => {
    const year = holidaysBetween("2026-01-01", "2026-12-31");
    expect(year).toHaveLength(18);
    expect(year.every((h) => h.date.startsWith("2026-"))).toBe(true);
  });
  it("accepts Date bounds", () => {
    expect(
      holidaysBetween(new Date("2026-11-01T00:00:00+09:00"), new Date("2026-11-30T00:00:00+09:00")).map(
        (h) => h.date,
      ),
    ).toEqual(["2026-11-03", "2026-11-23"]);
  });
  it("returns [] for reversed or invalid ranges", () => {
    expect(holidaysBetween("2026-12-31", "2026-01-01")).toEqual([]);
    expect(holidaysBetween("2026-02-30", "2026-03-31")).toEqual([]);
    expect(holidaysBetween("", "")).toEqual([]);
  });
});

describe("isBusinessDay", () => {
  it("is true on an ordinary weekday", () => {
    expect(isBusinessDay("2026-11-26")).toBe(true); // Thursday
    expect(isBusinessDay(new Date("2026-11-26T00:00:00+09:00"))).toBe(true);
  });
  it("is false at weekends", () => {
    expect(isBusinessDay("2026-11-28")).toBe(false); // Saturday
    expect(isBusinessDay("2026-11-29")).toBe(false); // Sunday
  });
  it("is false on holidays falling on weekdays", () => {
    expect(isBusinessDay("2026-11-23")).toBe(false); // Monday
    expect(isBusinessDay("2026-05-06")).toBe(false); // Wednesday, 振替休日
    expect(isBusinessDay("2026-09-22")).toBe(false); // Tuesday, 国民の休日
  });
  it("is false during the 年末年始 closure 12/29–1/3", () => {
    expect(isBusinessDay("2025-12-26")).toBe(true); // Friday
    expect(isBusinessDay("2025-12-29")).toBe(false); // Monday
    expect(isBusinessDay("2025-12-31")).toBe(false);
    expect(isBusinessDay("2026-01-02")).toBe(false); // Friday
    expect(isBusinessDay("2027-01-04")).toBe(true); // Monday
    expect(isBusinessDay("2026-12-28")).toBe(true); // Monday
  });
  it("is false for invalid dates", () => {
    expect(isBusinessDay("2026-02-30")).toBe(false);
    expect(isBusinessDay("")).toBe(false);
    expect(isBusinessDay(new Date(Number.NaN))).toBe(false);
  });
});
