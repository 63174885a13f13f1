import { describe, expect, it } from "vitest";
import { safeCellText, safeCellValue } from "./spreadsheet-cell.ts";

describe("spreadsheet cells", () => {
  it("prefixes text that could be read as a formula with '", () => {
    for (const text of [
      "=1+1",
      "+81 45",
      "-2",
      "@SUM(A1)",
      "\tx",
      "\rx",
      "＝HYPERLINK()",
      "＋1",
      "－1",
      "＠x",
    ])
      expect(safeCellText(text)).toBe(`'${text}`);
  });
  it("leaves other text alone, formula characters inside it included", () => {
    for (const text of ["山田 花子", "045-123-4567", "a=b", " =1", "", "'quoted"])
      expect(safeCellText(text)).toBe(text);
  });
  it("leaves values that are not text as they are", () => {
    expect(safeCellValue(-3)).toBe(-3);
    expect(safeCellValue(null)).toBeNull();
    expect(safeCellValue("=cmd")).toBe("'=cmd");
  });
});
