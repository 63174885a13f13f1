import metadataMax from "libphonenumber-js/metadata.max.json";
import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone } from "./phone.ts";
import jpMetadata from "./phone-metadata.jp.json" with { type: "json" };
import { jpMetadataOf } from "./phone-metadata.ts";

describe("normalizePhone", () => {
  it("strips hyphens, spaces, parentheses and dots", () => {
    expect(normalizePhone("090-1234-5678")).toBe("09012345678");
    expect(normalizePhone("03 (1234) 5678")).toBe("0312345678");
    expect(normalizePhone("045.555.1234")).toBe("0455551234");
    expect(normalizePhone(" 0120 123 456 ")).toBe("0120123456");
  });
  it("folds full-width digits, parentheses and IME dashes", () => {
    expect(normalizePhone("０９０－１２３４－５６７８")).toBe("09012345678");
    expect(normalizePhone("（０３）１２３４ー５６７８")).toBe("0312345678");
    expect(normalizePhone("03\u30001234\u22125678")).toBe("0312345678");
    expect(normalizePhone("０４２２‐５１‐５１３１")).toBe("0422515131");
  });
  it("rewrites +81 to a leading 0", () => {
    expect(normalizePhone("+81 90-1234-5678")).toBe("09012345678");
    expect(normalizePhone("+81-3-1234-5678")).toBe("0312345678");
    expect(normalizePhone("+81 (0)3 1234 5678")).toBe("0312345678");
    expect(normalizePhone("＋８１９０１２３４５６７８")).toBe("09012345678");
  });
  it("accepts mobiles (060 included), IP phones, freephone and ナビダイヤル", () => {
    expect(normalizePhone("070-1234-5678")).toBe("07012345678");
    expect(normalizePhone("080-1234-5678")).toBe("08012345678");
    expect(normalizePhone("060-1234-5678")).toBe("06012345678");
    expect(normalizePhone("050-1234-5678")).toBe("05012345678");
    expect(normalizePhone("0120-123-456")).toBe("0120123456");
    expect(normalizePhone("0800-123-4567")).toBe("08001234567");
    expect(normalizePhone("0570-123-456")).toBe("0570123456");
  });
  it("accepts 10-digit landlines with 1- to 4-digit area codes", () => {
    expect(normalizePhone("011-211-1111")).toBe("0112111111");
    expect(normalizePhone("0422-51-5131")).toBe("0422515131");
    expect(normalizePhone("06-1234-5678")).toBe("0612345678");
    expect(normalizePhone("01267-1-2345")).toBe("0126712345");
  });
  it("rejects wrong lengths for the prefix", () => {
    expect(normalizePhone("090-1234-567")).toBeNull(); // 10-digit mobile
    expect(normalizePhone("03-1234-56789")).toBeNull(); // 11-digit landline
    expect(normalizePhone("0120-123-4567")).toBeNull();
    expect(normalizePhone("0800-123-456")).toBeNull();
  });
  it("rejects pagers and M2M lines (020), which reach no one", () => {
    expect(normalizePhone("020-1234-5678")).toBeNull();
  });
  it("rejects landline numbers in ranges the numbering plan does not allocate", () => {
    // 011-1xx is not a Sapporo exchange (they run 011-2xx to 011-8xx).
    expect(normalizePhone("011-123-4567")).toBeNull();
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
      "0120-FLOWERS",
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
  it("splits at the area code the numbering plan gives", () => {
    expect(formatPhone("0455551234")).toBe("045-555-1234"); // Yokohama, 3-digit
    expect(formatPhone("0112111111")).toBe("011-211-1111"); // Sapporo
    expect(formatPhone("0529611111")).toBe("052-961-1111"); // Nagoya
    expect(formatPhone("0422515131")).toBe("0422-51-5131"); // Musashino, 4-digit
    expect(formatPhone("0422223456")).toBe("0422-22-3456");
    expect(formatPhone("0466123456")).toBe("0466-12-3456"); // Fujisawa
    expect(formatPhone("0126712345")).toBe("01267-1-2345"); // Iwamizawa area, 5-digit
    expect(formatPhone("0471234567")).toBe("04-7123-4567"); // Kashiwa, 1-digit "04"
    // 042-2[01]x are 042 exchanges, not Musashino's 0422: the plan, not the first four digits, decides.
    expect(formatPhone("0422123456")).toBe("042-212-3456");
  });
  it("is stable on already formatted input", () => {
    for (const formatted of [
      "090-1234-5678",
      "0120-123-456",
      "03-1234-5678",
      "045-555-1234",
      "0422-51-5131",
      "01267-1-2345",
    ]) {
      expect(formatPhone(formatted)).toBe(formatted);
    }
  });
  it("returns null for invalid numbers", () => {
    expect(formatPhone("")).toBeNull();
    expect(formatPhone("12345")).toBeNull();
    expect(formatPhone("not a phone")).toBeNull();
    expect(formatPhone("020-1234-5678")).toBeNull();
  });
});

describe("the Japan-only numbering data", () => {
  it("is the installed libphonenumber-js data for Japan (regenerate: node shared/scripts/phone-metadata.ts)", () => {
    expect(jpMetadata).toEqual(jpMetadataOf(metadataMax));
  });
});
