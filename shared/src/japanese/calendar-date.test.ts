import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dateKey,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isValidCalendarDate,
  toCalendarDate,
} from "./calendar-date.ts";

describe("toCalendarDate", () => {
  it("parses YYYY-MM-DD without a timezone shift", () => {
    expect(toCalendarDate("2026-01-01")).toEqual({ year: 2026, month: 1, day: 1 });
    expect(toCalendarDate("2026-12-31")).toEqual({ year: 2026, month: 12, day: 31 });
  });
  it("reads a Date as the day it is in Japan, whatever the machine's timezone", () => {
    expect(toCalendarDate(new Date("2026-01-01T00:30:00+09:00"))).toEqual({ year: 2026, month: 1, day: 1 });
    expect(toCalendarDate(new Date("2026-12-31T23:59:00+09:00"))).toEqual({ year: 2026, month: 12, day: 31 });
    // 20:00 UTC on the 25th is already 05:00 on the 26th in Japan.
    expect(toCalendarDate(new Date("2026-11-25T20:00:00Z"))).toEqual({ year: 2026, month: 11, day: 26 });
  });
  it("agrees with the time-zone database on every hour around Japan's midnights since 1952", () => {
    const japan = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" });
    const start = Date.UTC(1952, 0, 1, 14);
    for (let day = 0; day < 55_000; day += 97) {
      for (const hour of [0, 1, 2]) {
        const instant = new Date(start + day * 86_400_000 + hour * 3_600_000 - 1);
        const inJapan = toCalendarDate(instant);
        expect(inJapan && formatIsoDate(inJapan)).toBe(japan.format(instant));
      }
    }
  });
  it("rejects impossible and malformed dates", () => {
    for (const bad of [
      "2026-02-30",
      "2025-02-29",
      "1900-02-29",
      "2026-00-10",
      "2026-04-31",
      "26-01-01",
      "",
      "2026/01/01",
    ]) {
      expect(toCalendarDate(bad)).toBeNull();
    }
    expect(toCalendarDate(new Date("nope"))).toBeNull();
  });
  it("accepts leap days", () => {
    expect(toCalendarDate("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(toCalendarDate("2024-02-29")).not.toBeNull();
  });
});

describe("helpers", () => {
  it("counts days in month", () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
  it("validates triples", () => {
    expect(isValidCalendarDate(2026, 2, 28)).toBe(true);
    expect(isValidCalendarDate(2026, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2026, 1.5, 1)).toBe(false);
  });
  it("formats and keys dates", () => {
    expect(formatIsoDate({ year: 2026, month: 5, day: 6 })).toBe("2026-05-06");
    expect(dateKey({ year: 2026, month: 5, day: 6 })).toBe(20260506);
  });
  it("computes the weekday", () => {
    expect(dayOfWeek({ year: 2026, month: 1, day: 1 })).toBe(4); // Thursday
    expect(dayOfWeek({ year: 2026, month: 11, day: 28 })).toBe(6); // Saturday
    expect(dayOfWeek({ year: 2000, month: 2, day: 29 })).toBe(2); // Tuesday
    expect(dayOfWeek({ year: 1868, month: 10, day: 23 })).toBe(5); // Friday
  });
});

describe("addMonths", () => {
  it("keeps the day, or takes the month's last day when it is shorter", () => {
    expect(addMonths("2026-04-15", 1)).toBe("2026-05-15");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-03-31", 6)).toBe("2026-09-30");
  });
  it("crosses years both ways", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-12-15", 12)).toBe("2027-12-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });
  it("gives an invalid date back as it was", () => {
    expect(addMonths("2026-02-30", 1)).toBe("2026-02-30");
  });
});

describe("addDays and daysBetween", () => {
  it("crosses months, years and leap days", () => {
    expect(addDays("2026-11-29", 3)).toBe("2026-12-02");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-04-01", 0)).toBe("2026-04-01");
  });

  it("keeps years before 100 as they are (no 1900s mapping)", () => {
    expect(addDays("0050-12-31", 1)).toBe("0051-01-01");
    expect(daysBetween("0050-01-01", "0051-01-01")).toBe(365);
  });

  it("counts days either way and undoes addDays", () => {
    expect(daysBetween("2026-11-29", "2026-12-06")).toBe(7);
    expect(daysBetween("2026-12-06", "2026-11-29")).toBe(-7);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    for (const days of [-400, -1, 0, 1, 59, 365, 1000])
      expect(daysBetween("2026-01-31", addDays("2026-01-31", days))).toBe(days);
  });

  it("refuses a string that is not a real date", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("", 1)).toThrow(RangeError);
    expect(() => daysBetween("2026-01-01", "2026-13-01")).toThrow(RangeError);
  });
});
