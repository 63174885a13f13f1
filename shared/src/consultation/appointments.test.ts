import { describe, expect, it } from "vitest";
import { recurrenceFromRRule, recurrenceToRRule } from "./appointments.ts";

describe("recurrence from plain choices", () => {
  it("turns 2nd and 4th Tuesday and every Thursday into RRULEs and back", () => {
    const monthly = recurrenceToRRule({ kind: "monthly", weeks: [4, 2], weekdays: ["TU"] });
    expect(monthly).toBe("FREQ=MONTHLY;BYDAY=+2TU,+4TU");
    expect(recurrenceFromRRule(monthly)).toEqual({ kind: "monthly", weeks: [2, 4], weekdays: ["TU"] });
    const weekly = recurrenceToRRule({ kind: "weekly", weekdays: ["TH", "MO"] });
    expect(weekly).toBe("FREQ=WEEKLY;BYDAY=MO,TH");
    expect(recurrenceFromRRule(weekly)).toEqual({ kind: "weekly", weekdays: ["MO", "TH"] });
    expect(recurrenceToRRule({ kind: "monthly", weeks: [-1], weekdays: ["FR"] })).toBe(
      "FREQ=MONTHLY;BYDAY=-1FR",
    );
  });

  it("gives null for a rule the choices cannot show", () => {
    expect(recurrenceFromRRule("FREQ=DAILY")).toBeNull();
    expect(recurrenceFromRRule("FREQ=MONTHLY;BYMONTHDAY=1")).toBeNull();
  });
});
