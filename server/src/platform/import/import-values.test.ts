import { describe, expect, it } from "vitest";
import { normalizeHeader, parseImportDate, splitFullName } from "./import-values.ts";

describe("parseImportDate", () => {
  it.each([
    ["2026-04-01", "2026-04-01"],
    ["2026/4/1", "2026-04-01"],
    ["2026.04.01", "2026-04-01"],
    ["２０２６／４／１", "2026-04-01"],
    ["2026年4月1日", "2026-04-01"],
    ["20260401", "2026-04-01"],
    ["2026/04/01 0:00:00", "2026-04-01"],
    ["昭和55年4月1日", "1980-04-01"],
    ["S55.4.1", "1980-04-01"],
    ["H1/1/8", "1989-01-08"],
    ["令和元年5月1日", "2019-05-01"],
  ])("reads %s", (input, expected) => {
    expect(parseImportDate(input)).toBe(expected);
  });

  it.each([
    "",
    "2026/2/30",
    "昭和55年13月1日",
    "平成31年5月1日",
    "1800-01-01",
    "4/1/2026",
    "そのうち",
    "29312",
  ])("refuses %s", (input) => {
    expect(parseImportDate(input)).toBeNull();
  });
});

describe("normalizeHeader", () => {
  it("folds width, case, spaces and brackets", () => {
    expect(normalizeHeader("氏名（漢字）")).toBe(normalizeHeader("氏名漢字"));
    expect(normalizeHeader(" E-Mail ")).toBe("email");
    expect(normalizeHeader("ＴＥＬ")).toBe("tel");
    expect(normalizeHeader("【生年月日】")).toBe("生年月日");
  });
});

describe("splitFullName", () => {
  it("splits at the first half- or full-width space", () => {
    expect(splitFullName("山田 花子")).toEqual(["山田", "花子"]);
    expect(splitFullName("山田　花子")).toEqual(["山田", "花子"]);
    expect(splitFullName("やまだ  はな こ")).toEqual(["やまだ", "はな こ"]);
    expect(splitFullName("山田")).toEqual(["山田", ""]);
  });
});
