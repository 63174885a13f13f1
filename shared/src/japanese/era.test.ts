import { describe, expect, it } from "vitest";
import { ERAS, eraYear, parseWareki, toWareki, warekiYear } from "./era.ts";

describe("toWareki", () => {
  it("formats the long style by default", () => {
    expect(toWareki("2026-11-26")).toBe("令和8年11月26日");
    expect(toWareki("2026-11-26", { style: "long" })).toBe("令和8年11月26日");
  });
  it("writes the first year as 元年 in the long style only", () => {
    expect(toWareki("2019-05-01")).toBe("令和元年5月1日");
    expect(toWareki("1989-01-08")).toBe("平成元年1月8日");
    expect(toWareki("2019-05-01", { style: "short" })).toBe("R1.5.1");
    expect(toWareki("2019-05-01", { style: "initial" })).toBe("令1.5.1");
  });
  it("formats the short and initial styles", () => {
    expect(toWareki("2026-11-26", { style: "short" })).toBe("R8.11.26");
    expect(toWareki("2026-11-26", { style: "initial" })).toBe("令8.11.26");
    expect(toWareki("1975-04-01", { style: "short" })).toBe("S50.4.1");
  });
  it("switches era exactly on the official start dates", () => {
    expect(toWareki("1912-07-29")).toBe("明治45年7月29日");
    expect(toWareki("1912-07-30")).toBe("大正元年7月30日");
    expect(toWareki("1926-12-24")).toBe("大正15年12月24日");
    expect(toWareki("1926-12-25")).toBe("昭和元年12月25日");
    expect(toWareki("1989-01-07")).toBe("昭和64年1月7日");
    expect(toWareki("1989-01-08")).toBe("平成元年1月8日");
    expect(toWareki("2019-04-30")).toBe("平成31年4月30日");
    expect(toWareki("2019-05-01")).toBe("令和元年5月1日");
  });
  it("starts 明治 on 1868-10-23 and returns null before it", () => {
    expect(toWareki("1868-10-23")).toBe("明治元年10月23日");
    expect(toWareki("1868-10-22")).toBeNull();
    expect(toWareki("1600-01-01")).toBeNull();
  });
  it("reads a Date in local time", () => {
    expect(toWareki(new Date("2026-11-26T00:00:00+09:00"))).toBe("令和8年11月26日");
    expect(toWareki(new Date("2019-05-01T00:00:00+09:00"))).toBe("令和元年5月1日");
    expect(toWareki(new Date("2019-04-30T23:59:59+09:00"))).toBe("平成31年4月30日");
  });
  it("returns null for invalid dates and malformed strings", () => {
    expect(toWareki("2026-02-30")).toBeNull();
    expect(toWareki("2025-02-29")).toBeNull();
    expect(toWareki("2026-13-01")).toBeNull();
    expect(toWareki("2026-1-1")).toBeNull();
    expect(toWareki("2026-11-26T00:00:00Z")).toBeNull();
    expect(toWareki("")).toBeNull();
    expect(toWareki("令和8年")).toBeNull();
    expect(toWareki(new Date(Number.NaN))).toBeNull();
  });
  it("accepts leap days", () => {
    expect(toWareki("2024-02-29")).toBe("令和6年2月29日");
    expect(toWareki("2000-02-29", { style: "short" })).toBe("H12.2.29");
  });
});

describe("eraYear", () => {
  it("returns era and year", () => {
    expect(eraYear("2026-11-26")).toEqual({ era: "令和", year: 8 });
    expect(eraYear("2019-04-30")).toEqual({ era: "平成", year: 31 });
    expect(eraYear("2019-05-01")).toEqual({ era: "令和", year: 1 });
    expect(eraYear("1989-01-07")).toEqual({ era: "昭和", year: 64 });
    expect(eraYear(new Date("1950-01-01T00:00:00+09:00"))).toEqual({ era: "昭和", year: 25 });
  });
  it("returns null for invalid or pre-明治 dates", () => {
    expect(eraYear("2026-02-30")).toBeNull();
    expect(eraYear("1800-01-01")).toBeNull();
    expect(eraYear("garbage")).toBeNull();
  });
});

describe("parseWareki", () => {
  it("parses the long style", () => {
    expect(parseWareki("令和8年11月26日")).toBe("2026-11-26");
    expect(parseWareki("令和元年5月1日")).toBe("2019-05-01");
    expect(parseWareki("令和1年5月1日")).toBe("2019-05-01");
    expect(parseWareki("昭和50年4月1日")).toBe("1975-04-01");
    expect(parseWareki("明治45年7月29日")).toBe("1912-07-29");
  });
  it("parses the short style with . / - separators", () => {
    expect(parseWareki("R8.11.26")).toBe("2026-11-26");
    expect(parseWareki("H31/4/30")).toBe("2019-04-30");
    expect(parseWareki("S64-01-07")).toBe("1989-01-07");
    expect(parseWareki("r08.01.05")).toBe("2026-01-05");
    expect(parseWareki("T1.7.30")).toBe("1912-07-30");
    expect(parseWareki("M45.7.29")).toBe("1912-07-29");
  });
  it("parses the kanji initial style", () => {
    expect(parseWareki("令8.11.26")).toBe("2026-11-26");
    expect(parseWareki("平31年4月30日")).toBe("2019-04-30");
  });
  it("accepts full-width characters, spaces, a missing 日 and era ligatures", () => {
    expect(parseWareki("令和８年１１月２６日")).toBe("2026-11-26");
    expect(parseWareki("Ｒ８．１１．２６")).toBe("2026-11-26");
    expect(parseWareki(" 令和 8年 11月 26日 ")).toBe("2026-11-26");
    expect(parseWareki("令和8年11月26")).toBe("2026-11-26");
    expect(parseWareki("㋿8年11月26日")).toBe("2026-11-26");
    expect(parseWareki("㍻31年4月30日")).toBe("2019-04-30");
  });
  it("rejects dates after the era ended", () => {
    expect(parseWareki("平成31年5月1日")).toBeNull();
    expect(parseWareki("平成32年1月1日")).toBeNull();
    expect(parseWareki("H31.5.1")).toBeNull();
    expect(parseWareki("昭和64年1月8日")).toBeNull();
    expect(parseWareki("大正15年12月25日")).toBeNull();
  });
  it("rejects dates before the era started", () => {
    expect(parseWareki("令和元年4月30日")).toBeNull();
    expect(parseWareki("平成元年1月7日")).toBeNull();
    expect(parseWareki("明治元年1月1日")).toBeNull();
  });
  it("rejects impossible dates", () => {
    expect(parseWareki("令和8年2月30日")).toBeNull();
    expect(parseWareki("令和7年2月29日")).toBeNull();
    expect(parseWareki("令和8年13月1日")).toBeNull();
    expect(parseWareki("令和8年0月1日")).toBeNull();
    expect(parseWareki("令和0年5月1日")).toBeNull();
    expect(parseWareki("R0.5.1")).toBeNull();
  });
  it("accepts leap days within an era", () => {
    expect(parseWareki("令和6年2月29日")).toBe("2024-02-29");
  });
  it("rejects garbage and mixed separators", () => {
    expect(parseWareki("")).toBeNull();
    expect(parseWareki("2026-11-26")).toBeNull();
    expect(parseWareki("X8.11.26")).toBeNull();
    expect(parseWareki("R8.11/26")).toBeNull();
    expect(parseWareki("令和8年")).toBeNull();
    expect(parseWareki("元.5.1")).toBeNull();
    expect(parseWareki("令和八年十一月二十六日")).toBeNull();
  });
  it("round-trips with toWareki for every style", () => {
    for (const iso of ["1868-10-23", "1912-07-30", "1926-12-25", "1989-01-07", "2019-05-01", "2026-11-26"]) {
      for (const style of ["long", "short", "initial"] as const) {
        const wareki = toWareki(iso, { style });
        expect(wareki).not.toBeNull();
        expect(parseWareki(wareki ?? "")).toBe(iso);
      }
    }
  });
});

describe("warekiYear", () => {
  it("names the 年 of a date, the first year as 元年", () => {
    expect(warekiYear("2026-11-26")).toBe("令和8年");
    expect(warekiYear("2019-05-01")).toBe("令和元年");
    expect(warekiYear("2019-04-30")).toBe("平成31年");
    expect(warekiYear("1989-01-07")).toBe("昭和64年");
    expect(warekiYear("1989-01-08")).toBe("平成元年");
  });
  it("returns null for invalid or pre-明治 dates", () => {
    expect(warekiYear("2026-02-30")).toBeNull();
    expect(warekiYear("1868-10-22")).toBeNull();
  });
});

describe("ERAS", () => {
  it("agrees with the platform's Japanese calendar, which the formatting uses", () => {
    const day = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "long", timeZone: "UTC" });
    const initial = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "narrow", timeZone: "UTC" });
    const eraOf = (formatter: Intl.DateTimeFormat, iso: string) =>
      formatter.formatToParts(new Date(`${iso}T00:00:00Z`)).find((part) => part.type === "era")?.value;
    ERAS.forEach((era, i) => {
      expect(eraOf(day, era.start)).toBe(era.name);
      expect(eraOf(initial, era.start)).toBe(era.initial);
      const dayBefore = new Date(new Date(`${era.start}T00:00:00Z`).getTime() - 86_400_000);
      const previous = ERAS[i - 1]?.name ?? "慶応";
      expect(eraOf(day, dayBefore.toISOString().slice(0, 10))).toBe(previous);
    });
    // No era after the last one in the table yet: the parser would not know it.
    expect(eraOf(day, new Date().toISOString().slice(0, 10))).toBe(ERAS.at(-1)?.name);
  });

  it("lists the eras oldest first with distinct initials", () => {
    expect(ERAS.map((e) => e.name)).toEqual(["明治", "大正", "昭和", "平成", "令和"]);
    expect(new Set(ERAS.map((e) => e.initial)).size).toBe(ERAS.length);
    expect([...ERAS.map((e) => e.start)].sort()).toEqual(ERAS.map((e) => e.start));
  });
});
