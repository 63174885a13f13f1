import { describe, expect, it } from "vitest";
import { closedReason, expandScheduleDays, parseRecurrence, slotTimesOf } from "./consultation-days.ts";

const secondAndFourthTuesday = {
  recurrence: "FREQ=MONTHLY;BYDAY=+2TU,+4TU",
  startsOn: "2026-01-01",
  endsOn: null,
};
const thursdays = { recurrence: "FREQ=WEEKLY;BYDAY=TH", startsOn: "2026-01-01", endsOn: null };

describe("expandScheduleDays", () => {
  it("gives the 2nd and 4th Tuesday of each month", () => {
    expect(expandScheduleDays(secondAndFourthTuesday, "2026-10-01", "2026-12-31")).toEqual([
      "2026-10-13",
      "2026-10-27",
      "2026-11-10",
      "2026-11-24",
      "2026-12-08",
      "2026-12-22",
    ]);
  });

  it("skips a national holiday on a schedule day (山の日 2026-08-11, the 2nd Tuesday)", () => {
    expect(expandScheduleDays(secondAndFourthTuesday, "2026-08-01", "2026-08-31")).toEqual(["2026-08-25"]);
    // 国民の休日 2026-09-22 is the 4th Tuesday; 天皇誕生日 2027-02-23 too.
    expect(expandScheduleDays(secondAndFourthTuesday, "2026-09-01", "2026-09-30")).toEqual(["2026-09-08"]);
    expect(expandScheduleDays(secondAndFourthTuesday, "2027-02-01", "2027-02-28")).toEqual(["2027-02-09"]);
  });

  it("skips 12/29–1/3 every year, holiday or not", () => {
    expect(expandScheduleDays(thursdays, "2026-12-20", "2027-01-10")).toEqual(["2026-12-24", "2027-01-07"]);
    const daily = { recurrence: "FREQ=DAILY", startsOn: "2030-12-27", endsOn: null };
    expect(expandScheduleDays(daily, "2030-12-27", "2031-01-05")).toEqual([
      "2030-12-27",
      "2030-12-28",
      "2031-01-04",
      "2031-01-05",
    ]);
  });

  it("skips the office's closed days", () => {
    expect(expandScheduleDays(thursdays, "2026-12-01", "2026-12-20", new Set(["2026-12-10"]))).toEqual([
      "2026-12-03",
      "2026-12-17",
    ]);
  });

  it("keeps to the schedule's start and end dates", () => {
    const bounded = { ...thursdays, startsOn: "2026-12-05", endsOn: "2026-12-17" };
    expect(expandScheduleDays(bounded, "2026-12-01", "2026-12-31")).toEqual(["2026-12-10", "2026-12-17"]);
    expect(expandScheduleDays(bounded, "2027-01-01", "2027-01-31")).toEqual([]);
  });

  it("gives nothing for a rule rrule refuses", () => {
    expect(
      expandScheduleDays({ ...thursdays, recurrence: "FREQ=SOMETIMES" }, "2026-12-01", "2026-12-31"),
    ).toEqual([]);
  });
});

describe("parseRecurrence", () => {
  it("accepts day rules and refuses others", () => {
    expect(parseRecurrence("FREQ=MONTHLY;BYDAY=+2TU,+4TU")).not.toBeNull();
    expect(parseRecurrence("RRULE:FREQ=WEEKLY;BYDAY=TH")).not.toBeNull();
    expect(parseRecurrence("FREQ=HOURLY")).toBeNull();
    expect(parseRecurrence("BYDAY=TU")).toBeNull();
    expect(parseRecurrence("FREQ=WEEKLY;BYDAY=XX")).toBeNull();
    expect(parseRecurrence("FOO=1")).toBeNull();
    expect(parseRecurrence("DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY")).toBeNull();
    expect(parseRecurrence("")).toBeNull();
  });
});

describe("closedReason", () => {
  it("names why a day is closed", () => {
    expect(closedReason("2026-12-30", new Set())).toBe("year_end");
    expect(closedReason("2027-01-01", new Set())).toBe("year_end");
    expect(closedReason("2026-11-03", new Set())).toBe("holiday");
    expect(closedReason("2026-11-04", new Set(["2026-11-04"]))).toBe("closed");
    expect(closedReason("2026-11-05", new Set())).toBeNull();
  });
});

describe("slotTimesOf", () => {
  it("cuts 10:00–16:00 into 60-minute slots in Japan time", () => {
    const slots = slotTimesOf("2026-12-08", {
      dayStartsAt: "10:00:00",
      dayEndsAt: "16:00:00",
      slotMinutes: 60,
    });
    expect(slots).toHaveLength(6);
    expect(slots[0]).toEqual({ startsAt: "2026-12-08T10:00:00+09:00", endsAt: "2026-12-08T11:00:00+09:00" });
    expect(slots[5]?.endsAt).toBe("2026-12-08T16:00:00+09:00");
  });

  it("drops a last piece shorter than a slot", () => {
    expect(
      slotTimesOf("2026-12-08", { dayStartsAt: "10:00", dayEndsAt: "11:30", slotMinutes: 45 }),
    ).toHaveLength(2);
    expect(slotTimesOf("2026-12-08", { dayStartsAt: "10:00", dayEndsAt: "11:00", slotMinutes: 90 })).toEqual(
      [],
    );
  });
});
