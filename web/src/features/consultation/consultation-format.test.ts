import { describe, expect, it } from "vitest";
import { categoryLabel, japanDateAndTime, japanDateTimeOf } from "./consultation-format";

const t = ((key: string, options?: { defaultValue?: string }) =>
  key === "consultation.fixedCategories.living" ? "生活相談" : (options?.defaultValue ?? key)) as never;

describe("consultation format", () => {
  it("reads an instant as Japan's date and time, whatever the clock zone", () => {
    expect(japanDateAndTime("2026-03-31T15:30:00Z")).toEqual({ date: "2026-04-01", time: "00:30" });
    expect(japanDateAndTime("2026-04-01T09:05:00+09:00")).toEqual({ date: "2026-04-01", time: "09:05" });
  });

  it("sends the form's date and time as Japan time, and back again unchanged", () => {
    const iso = japanDateTimeOf("2026-04-01", "09:05");
    expect(iso).toBe("2026-04-01T09:05:00+09:00");
    expect(japanDateAndTime(iso)).toEqual({ date: "2026-04-01", time: "09:05" });
    expect(japanDateTimeOf("2026-04-01", "")).toBe("2026-04-01T00:00:00+09:00");
  });

  it("names a fixed category from the catalog and the desk's own by the name given", () => {
    expect(categoryLabel({ code: "living", name: "stored" }, t)).toBe("生活相談");
    expect(categoryLabel({ code: null, name: "家計の相談" }, t)).toBe("家計の相談");
  });
});
