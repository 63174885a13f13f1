import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone } from "./phone.ts";

describe("normalizePhone", () => {
  it("strips hyphens, spaces, parentheses and dots", () => {
    expect(normalizePhone("090-1234-5678")).toBe("09012345678");
    expect(normalizePhone("03 (1234) 5678")).toBe("0312345678");
    expect(normalizePhone("045.123.4567")).toBe("0451234567");
    expect(normalizePhone(" 0120 123 456 ")).toBe("0120123456");
  });
  it("folds full-width digits, parentheses and IME dashes", () => {
    expect(normalizePhone("０９０－１２３４－５６７８")).toBe("09012345678");
    expect(normalizePhone("（０３）１２３４ー５６７８")).toBe("0312345678");
    expect(normalizePhone("03\u30001234\u22125678")).toBe("0312345678");
  });
  it("rewrites +81 to a leading 0", () => {
    expect(normalizePhone("+81 90-1234-5678")).toBe("09012345678");
    expect(normalizePhone("+81-3-1234-5678")).toBe("0312345678");
    expect(normalizePhone("+81 (0)3 1234 5678")).toBe("0312345678");
    expect(normalizePhone("＋８１９０１２３４５６７８")).toBe("09012345678");
  });
  it("accepts mobiles, IP phones and toll-free numbers", () => {
    expect(normalizePhone("070-1234-5678")).toBe("07012345678");
    expect(normalizePhone("080-1234-5678")).toBe("08012345678");
    expect(normalizePhone("050-1234-5678")).toBe("05012345678");
    expect(normalizePhone("0120-123-456")).toBe("0120123456");
    expect(normalizePhone("0800-123-4567")).toBe("08001234567");
    expect(normalizePhone("0570-123-456")).toBe("0570123456");
  });
  it("accepts 10-digit landlines", () => {
    expect(normalizePhone("011-123-4567")).toBe("0111234567");
    expect(normalizePhone("0422-12-3456")).toBe("0422123456");
    expect(normalizePhone("06-1234-5678")).toBe("0612345678");
  });
  it("rejects wrong lengths for the prefix", () => {
    expect(normalizePhone("090-1234-567")).toBeNull(); // 10-digit mobile
    expect(normalizePhone("03-1234-56789")).toBeNull(); // 11-digit landline
    expect(normalizePhone("0120-123-4567")).toBeNull();
    expect(normalizePhone("0800-123-456")).toBeNull();
    expect(normalizePhone("020-1234-5678")).toBeNull();
  });
  it("rejects numbers not starting with a single 0", () => {
    expect(normalizePhone("1234567890")).toBeNull();
    expect(normalizePhone("0012345678")).toBeNull();
    expect(normalizePhone("81-90-1234-5678")).toBeNull();
    expect(normalizePhone("+1 212 555 0100")).toBeNull();
  });
  it("rejects garbage and empty input", () => {
    for (const input of [
      "",
      "   ",
      "-",
      "abc",
      "090-1234-567a",
      "03-1234-5678 内線12",
      "+81",
      "090/1234/5678",
    ]) {
      expect(normalizePhone(input)).toBeNull();
    }
  });
});

describe("formatPhone", () => {
  it("formats mobiles and IP phones 3-4-4", () => {
    expect(formatPhone("09012345678")).toBe("090-1234-5678");
    expect(formatPhone("+81 80 1234 5678")).toBe("080-1234-5678");
    expect(formatPhone("05012345678")).toBe("050-1234-5678");
  });
  it("formats toll-free and navi-dial numbers", () => {
    expect(formatPhone("0120123456")).toBe("0120-123-456");
    expect(formatPhone("08001234567")).toBe("0800-123-4567");
    expect(formatPhone("0570123456")).toBe("0570-123-456");
  });
  it("formats Tokyo and Osaka 2-4-4", () => {
    expect(formatPhone("0312345678")).toBe("03-1234-5678");
    expect(formatPhone("(06)1234-5678")).toBe("06-1234-5678");
  });
  it("formats other landlines 3-3-4", () => {
    expect(formatPhone("0451234567")).toBe("045-123-4567");
    expect(formatPhone("0111234567")).toBe("011-123-4567");
    expect(formatPhone("0521234567")).toBe("052-123-4567");
  });
  it("is stable on already formatted input", () => {
    for (const formatted of ["090-1234-5678", "0120-123-456", "03-1234-5678", "045-123-4567"]) {
      expect(formatPhone(formatted)).toBe(formatted);
    }
  });
  it("returns null for invalid numbers", () => {
    expect(formatPhone("")).toBeNull();
    expect(formatPhone("12345")).toBeNull();
    expect(formatPhone("not a phone")).toBeNull();
  });
});
