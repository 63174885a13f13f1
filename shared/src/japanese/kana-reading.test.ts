import { describe, expect, it } from "vitest";
import { kanaReadingSchema, normalizeKanaReading } from "./kana-reading.ts";

describe("kanaReadingSchema", () => {
  it("accepts hiragana and katakana, keeping the script typed", () => {
    expect(kanaReadingSchema.parse("やまだ はなこ")).toBe("やまだ はなこ");
    expect(kanaReadingSchema.parse("ヤマダ ハナコ")).toBe("ヤマダ ハナコ");
    expect(kanaReadingSchema.parse("スミス・ジョン")).toBe("スミス・ジョン");
    expect(kanaReadingSchema.parse("さとー")).toBe("さとー");
  });

  it("folds half-width katakana and the ideographic space, and trims", () => {
    expect(kanaReadingSchema.parse(" ﾔﾏﾀﾞ　ﾊﾅｺ ")).toBe("ヤマダ ハナコ");
    expect(normalizeKanaReading("やまだ 　 はなこ")).toBe("やまだ はなこ");
  });

  it("allows an empty reading (the field is optional)", () => {
    expect(kanaReadingSchema.parse("")).toBe("");
    expect(kanaReadingSchema.parse("   ")).toBe("");
  });

  it("refuses Latin letters, kanji, digits and symbols with the catalog key as message", () => {
    for (const value of ["Smith John", "山田 花子", "やまだ1", "やまだ（はなこ）", "ー"]) {
      const result = kanaReadingSchema.safeParse(value);
      expect(result.success, value).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("kanaReading");
    }
  });

  it("limits the length to 100 characters", () => {
    expect(kanaReadingSchema.safeParse("あ".repeat(100)).success).toBe(true);
    expect(kanaReadingSchema.safeParse("あ".repeat(101)).success).toBe(false);
  });
});
