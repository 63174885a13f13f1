import { describe, expect, it } from "vitest";
import { compareKana, GOJUON_ROWS, gojuonRow, OTHER_ROW } from "./gojuon.ts";

const sorted = (items: string[]) => [...items].sort(compareKana);

describe("compareKana", () => {
  it("runs on a full-ICU build with Japanese collation", () => {
    expect(Intl.Collator.supportedLocalesOf(["ja"])).toEqual(["ja"]);
  });

  it("orders the basic rows in 五十音順", () => {
    const rows = ["わ", "ら", "や", "ま", "は", "な", "た", "さ", "か", "あ"];
    expect(sorted(rows)).toEqual([...rows].reverse());
  });

  it("orders vowels and the end of the syllabary", () => {
    expect(sorted(["お", "え", "う", "い", "あ"])).toEqual(["あ", "い", "う", "え", "お"]);
    expect(sorted(["ん", "を", "ゑ", "ゐ", "わ"])).toEqual(["わ", "ゐ", "ゑ", "を", "ん"]);
  });

  it("puts voiced and semi-voiced kana right after their base on ties", () => {
    expect(sorted(["ぱぱ", "ばば", "はは", "ははき"])).toEqual(["はは", "ばば", "ぱぱ", "ははき"]);
    expect(sorted(["さとう", "ざとう", "さどう", "さとうえ"])).toEqual([
      "さとう",
      "さどう",
      "ざとう",
      "さとうえ",
    ]);
    expect(compareKana("さと", "さど")).toBeLessThan(0);
  });

  it("lets the base letters decide before voicing does", () => {
    // が vs か only matters when everything else ties: がい < かう.
    expect(compareKana("がい", "かう")).toBeLessThan(0);
  });

  it("sorts ゔ after う and before え", () => {
    expect(sorted(["え", "ゔ", "う"])).toEqual(["う", "ゔ", "え"]);
  });

  it("treats small kana as their large form", () => {
    expect(compareKana("かぁ", "かあ")).toBe(0);
    expect(compareKana("さっと", "さつと")).toBe(0);
    expect(compareKana("きょう", "きよう")).toBe(0);
  });

  it("reads ー as the vowel of the preceding kana", () => {
    expect(compareKana("かー", "かあ")).toBe(0);
    expect(compareKana("けー", "けえ")).toBe(0);
    expect(compareKana("さとー", "さとお")).toBe(0);
    // さとー reads さとお, which comes after さとう.
    expect(sorted(["さとー", "さとう", "さとえ"])).toEqual(["さとう", "さとえ", "さとー"]);
  });

  it("ignores script, width, spaces and variant kanji", () => {
    expect(compareKana("ヤマダ タロウ", "やまだたろう")).toBe(0);
    expect(compareKana("ﾔﾏﾀﾞ", "やまだ")).toBe(0);
    expect(compareKana("髙橋", "高橋")).toBe(0);
    expect(compareKana("Tanaka", "tanaka")).toBe(0);
  });

  it("sorts a mixed list of fictional readings", () => {
    const names = [
      "わたなべ",
      "イトウ",
      "さとう",
      "スズキ",
      "たなか",
      "ｶﾄｳ",
      "あべ",
      "ゴトウ",
      "こばやし",
      "ナカムラ",
    ];
    expect(sorted(names)).toEqual([
      "あべ",
      "イトウ",
      "ｶﾄｳ",
      "ゴトウ",
      "こばやし",
      "さとう",
      "スズキ",
      "たなか",
      "ナカムラ",
      "わたなべ",
    ]);
  });

  it("puts kana before kanji and Latin/digits before kana", () => {
    expect(sorted(["山田", "やまだ", "yamada", "1"])).toEqual(["1", "yamada", "やまだ", "山田"]);
  });

  it("handles empty strings", () => {
    expect(compareKana("", "")).toBe(0);
    expect(compareKana("", "あ")).toBeLessThan(0);
  });

  it("is antisymmetric", () => {
    const pairs: Array<[string, string]> = [
      ["はは", "ばば"],
      ["わ", "ん"],
      ["さとう", "さとー"],
    ];
    for (const [a, b] of pairs) expect(Math.sign(compareKana(a, b))).toBe(-Math.sign(compareKana(b, a)));
  });
});

describe("gojuonRow", () => {
  it("returns the row head of the first kana", () => {
    expect(gojuonRow("あべ")).toBe("あ");
    expect(gojuonRow("きむら")).toBe("か");
    expect(gojuonRow("しみず")).toBe("さ");
    expect(gojuonRow("つじ")).toBe("た");
    expect(gojuonRow("ぬまた")).toBe("な");
    expect(gojuonRow("ふじい")).toBe("は");
    expect(gojuonRow("もり")).toBe("ま");
    expect(gojuonRow("よしだ")).toBe("や");
    expect(gojuonRow("りゅう")).toBe("ら");
    expect(gojuonRow("わだ")).toBe("わ");
  });
  it("files voiced, semi-voiced and small kana under their base row", () => {
    expect(gojuonRow("ごとう")).toBe("か");
    expect(gojuonRow("ぱく")).toBe("は");
    expect(gojuonRow("ぢ")).toBe("た");
    expect(gojuonRow("ゔぃくとる")).toBe("あ");
    expect(gojuonRow("ぁ")).toBe("あ");
    expect(gojuonRow("ゃ")).toBe("や");
  });
  it("files を and ん under わ", () => {
    expect(gojuonRow("を")).toBe("わ");
    expect(gojuonRow("ん")).toBe("わ");
  });
  it("accepts katakana, half-width katakana and leading spaces", () => {
    expect(gojuonRow("サトウ")).toBe("さ");
    expect(gojuonRow("ﾊﾔｼ")).toBe("は");
    expect(gojuonRow("\u3000 イトウ")).toBe("あ");
  });
  it("returns 他 for non-kana and empty input", () => {
    expect(gojuonRow("")).toBe(OTHER_ROW);
    expect(gojuonRow("   ")).toBe(OTHER_ROW);
    expect(gojuonRow("山田")).toBe("他");
    expect(gojuonRow("Smith")).toBe("他");
    expect(gojuonRow("123")).toBe("他");
    expect(gojuonRow("ーあ")).toBe("他");
  });
  it("only returns listed rows", () => {
    for (const s of ["あ", "ん", "x", "", "ゔ"]) expect(GOJUON_ROWS).toContain(gojuonRow(s));
  });
});
