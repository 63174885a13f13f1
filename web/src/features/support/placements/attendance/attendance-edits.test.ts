import type { AttendanceDay } from "@otagai/shared/support/attendance";
import { describe, expect, it } from "vitest";
import {
  changedEntries,
  conflictsOf,
  type Edits,
  editsOf,
  emptyEntry,
  entryOf,
  entryProblems,
  inputOf,
  keepMine,
  mondayOf,
  parseHours,
  scheduledHours,
  takeTheirs,
  weekdayOf,
  weekOf,
  withStatus,
} from "./attendance-edits";

function savedDay(day: string, overrides: Partial<AttendanceDay> = {}): AttendanceDay {
  return {
    day,
    status: "present",
    hours: 6,
    absenceReason: "",
    note: "",
    recordedVia: "staff",
    recordedByName: "山田 花子",
    version: 1,
    ...overrides,
  };
}

describe("saving changed days only", () => {
  const saved = { "2026-06-01": savedDay("2026-06-01"), "2026-06-02": savedDay("2026-06-02") };

  it("sends the days whose values differ, with the version they were read at", () => {
    const edits: Edits = {
      // Touched but put back as it was: not sent.
      "2026-06-01": { ...entryOf(saved["2026-06-01"]) },
      "2026-06-02": { ...entryOf(saved["2026-06-02"]), status: "late", hours: "5" },
      "2026-06-03": withStatus(emptyEntry, "present", 6),
    };
    expect(changedEntries(edits, saved)).toEqual([
      { key: "2026-06-02", input: { status: "late", hours: 5, absenceReason: "", note: "", version: 1 } },
      {
        key: "2026-06-03",
        input: { status: "present", hours: 6, absenceReason: "", note: "", version: null },
      },
    ]);
  });

  it("sends nothing for an empty day left empty, and a clear for a recorded day emptied", () => {
    const edits: Edits = {
      "2026-06-01": { ...entryOf(saved["2026-06-01"]), status: "" },
      "2026-06-04": { ...emptyEntry, note: "typed then status left empty" },
    };
    expect(changedEntries(edits, saved)).toEqual([
      { key: "2026-06-01", input: { status: null, hours: null, absenceReason: "", note: "", version: 1 } },
    ]);
  });

  it("compares hours as numbers: 6, 6.0 and 6:00 are the same", () => {
    const edits: Edits = { "2026-06-01": { ...entryOf(saved["2026-06-01"]), hours: "6:00" } };
    expect(changedEntries(edits, saved)).toEqual([]);
    expect(parseHours("6.5")).toBe(6.5);
    expect(parseHours("６：３０")).toBe(6.5);
    expect(parseHours("")).toBeNull();
    expect(parseHours("six")).toBeNaN();
  });

  it("brings the schedule's hours on present, drops hours on absent, sends a reason only on an absence", () => {
    expect(withStatus(emptyEntry, "present", 6).hours).toBe("6");
    expect(withStatus({ ...emptyEntry, hours: "4" }, "present", 6).hours).toBe("4");
    expect(withStatus(emptyEntry, "late", 6).hours).toBe("");
    expect(withStatus({ ...emptyEntry, hours: "6" }, "absent", 6).hours).toBe("");
    const backToPresent = { ...emptyEntry, status: "present" as const, hours: "6", absenceReason: "通院" };
    expect(inputOf(backToPresent).absenceReason).toBe("");
    expect(scheduledHours("09:00", "15:30")).toBe(6.5);
    expect(scheduledHours("", "")).toBeNull();
  });
});

describe("absence reason required", () => {
  it("refuses an absence without a reason, with the server's message key", () => {
    const changed = changedEntries({ "2026-06-03": withStatus(emptyEntry, "absent", 6) }, {});
    const problems = entryProblems(changed, "day");
    expect(problems["2026-06-03"]?.absenceReason?.message).toBe("absenceReasonRequired");
  });

  it("accepts it once a reason is typed, and checks day-sheet rows the same way", () => {
    const absent = { ...withStatus(emptyEntry, "absent", 6), absenceReason: "体調不良" };
    expect(entryProblems(changedEntries({ "2026-06-03": absent }, {}), "day")).toEqual({});
    const placementId = "0196f3a0-0000-7000-8000-000000000001";
    const sheet = entryProblems(
      changedEntries({ [placementId]: withStatus(emptyEntry, "absent", null) }, {}),
      "placement",
    );
    expect(sheet[placementId]?.absenceReason?.message).toBe("absenceReasonRequired");
  });

  it("refuses hours that are not a quarter hour", () => {
    const problems = entryProblems(
      changedEntries({ "2026-06-03": { ...emptyEntry, status: "present", hours: "6.1" } }, {}),
      "day",
    );
    expect(problems["2026-06-03"]?.hours).toBeDefined();
  });
});

describe("409 keeps input", () => {
  const mine: Edits = {
    "2026-06-01": { ...emptyEntry, status: "absent", absenceReason: "通院", version: 1 },
    "2026-06-02": { ...emptyEntry, status: "present", hours: "6", version: null },
  };
  const details = {
    conflicts: [
      {
        placementId: "0196f3a0-0000-7000-8000-000000000001",
        day: "2026-06-01",
        current: savedDay("2026-06-01", { status: "late", hours: 5, version: 2 }),
      },
    ],
  };

  it("reads the conflicting days from the 409's details", () => {
    expect(conflictsOf(details)?.map((conflict) => conflict.day)).toEqual(["2026-06-01"]);
    expect(conflictsOf({})).toBeNull();
    expect(conflictsOf(undefined)).toBeNull();
  });

  it("keeps the typing on the current version when the user keeps theirs", () => {
    const kept = keepMine(mine, [{ key: "2026-06-01", current: details.conflicts[0]?.current ?? null }]);
    expect(kept["2026-06-01"]).toEqual({ ...mine["2026-06-01"], version: 2 });
    expect(kept["2026-06-02"]).toEqual(mine["2026-06-02"]);
  });

  it("drops only the conflicting days' typing when the user takes the other person's", () => {
    const taken = takeTheirs(mine, ["2026-06-01"]);
    expect(Object.keys(taken)).toEqual(["2026-06-02"]);
    expect(taken["2026-06-02"]).toEqual(mine["2026-06-02"]);
  });

  it("restores a grid kept in the browser, ignoring what is not an entry", () => {
    expect(editsOf({ edits: mine })).toEqual(mine);
    expect(editsOf({ edits: { "2026-06-01": { status: "asleep" } } })).toBeNull();
    expect(editsOf(null)).toBeNull();
  });
});

describe("weeks", () => {
  it("runs Monday to Sunday", () => {
    expect(mondayOf("2026-06-07")).toBe("2026-06-01");
    expect(mondayOf("2026-06-01")).toBe("2026-06-01");
    expect(weekOf("2026-06-01")).toHaveLength(7);
    expect(weekOf("2026-12-28")[6]).toBe("2027-01-03");
    expect(weekdayOf("2026-06-01")).toBe("mon");
    expect(weekdayOf("2026-06-07")).toBe("sun");
  });
});
