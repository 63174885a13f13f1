import { describe, expect, it } from "vitest";
import {
  isKana,
  NAME_KANJI_VARIANTS,
  toHiragana,
  toKatakana,
  toLooseSearchKey,
  toSearchKey,
} from "./kana.ts";

describe("toHiragana", () => {
  it("converts katakana and keeps the long vowel mark", () => {
    expect(toHiragana("ヤマダ タロー")).toBe("やまだ たろー");
  });
  it("maps ヴ to ゔ and small katakana to small hiragana", () => {
    expect(toHiragana("ヴァイオリン")).toBe("ゔぁいおりん");
    expect(toHiragana("ヵヶ")).toBe("ゕゖ");
  });
  it("converts half-width katakana including voiced marks", () => {
    expect(toHiragana("ｻﾄｳ ｶﾞｸ")).toBe("さとう がく");
  });
  it("converts iteration marks", () => {
    expect(toHiragana("ヽヾ")).toBe("ゝゞ");
  });
  it("leaves Latin, digits, kanji and hiragana alone", () => {
    expect(toHiragana("ABC abc １２ 山田 やまだ")).toBe("ABC abc １２ 山田 やまだ");
  });
  it("leaves ヷ–ヺ (no hiragana form) untouched", () => {
    expect(toHiragana("ヷヸヹヺ")).toBe("ヷヸヹヺ");
  });
  it("handles the empty string", () => {
    expect(toHiragana("")).toBe("");
  });
});

describe("toKatakana", () => {
  it("converts hiragana and keeps ー", () => {
    expect(toKatakana("すずき はなこ")).toBe("スズキ ハナコ");
    expect(toKatakana("らーめん")).toBe("ラーメン");
  });
  it("maps ゔ to ヴ and half-width katakana to full-width", () => {
    expect(toKatakana("ゔぃ")).toBe("ヴィ");
    expect(toKatakana("ｽｽﾞｷ")).toBe("スズキ");
  });
  it("round-trips with toHiragana", () => {
    const s = "あいうえおかがきぎぱぴゃゅょっゎゐゑをんゔゝゞ";
    expect(toHiragana(toKatakana(s))).toBe(s);
  });
  it("leaves non-kana alone", () => {
    expect(toKatakana("Tanaka 田中")).toBe("Tanaka 田中");
    expect(toKatakana("")).toBe("");
  });
});

describe("toSearchKey", () => {
  it("makes katakana, hiragana and half-width spellings equal", () => {
    const key = toSearchKey("やまだ たろう");
    expect(toSearchKey("ヤマダ タロウ")).toBe(key);
    expect(toSearchKey("ﾔﾏﾀﾞ ﾀﾛｳ")).toBe(key);
    expect(key).toBe("やまだたろう");
  });
  it("keeps the long vowel mark", () => {
    expect(toSearchKey("サトー")).toBe("さとー");
  });
  it("converts ヴ to ゔ", () => {
    expect(toSearchKey("ヴィクトル")).toBe("ゔぃくとる");
  });
  it("folds full-width ASCII and lower-cases Latin", () => {
    expect(toSearchKey("ＴＡＮＡＫＡ Ｈａｎａ")).toBe("tanakahana");
    expect(toSearchKey("Yamada Taro")).toBe("yamadataro");
  });
  it("removes all whitespace incl. ideographic space, tabs and newlines", () => {
    expect(toSearchKey(" 山田\u3000太郎\t\n")).toBe("山田太郎");
  });
  it("removes middle dots (full and half width)", () => {
    expect(toSearchKey("ジョン・スミス")).toBe("じょんすみす");
    expect(toSearchKey("ｼﾞｮﾝ･ｽﾐｽ")).toBe("じょんすみす");
  });
  it("folds variant kanji used in names", () => {
    expect(toSearchKey("髙橋")).toBe("高橋");
    expect(toSearchKey("山﨑")).toBe("山崎");
    expect(toSearchKey("山嵜")).toBe("山崎");
    expect(toSearchKey("齋藤")).toBe(toSearchKey("斉藤"));
    expect(toSearchKey("齊藤")).toBe("斉藤");
    expect(toSearchKey("斎藤")).toBe("斉藤");
    expect(toSearchKey("渡邊")).toBe("渡辺");
    expect(toSearchKey("渡邉")).toBe("渡辺");
    expect(toSearchKey("澤田")).toBe("沢田");
    expect(toSearchKey("濱口")).toBe("浜口");
    expect(toSearchKey("廣瀬")).toBe("広瀬");
    expect(toSearchKey("櫻井")).toBe("桜井");
    expect(toSearchKey("國分")).toBe("国分");
    expect(toSearchKey("德山")).toBe("徳山");
    expect(toSearchKey("惠子")).toBe("恵子");
    expect(toSearchKey("眞理")).toBe("真理");
    expect(toSearchKey("龍也")).toBe("竜也");
    expect(toSearchKey("中嶋")).toBe("中島");
  });
  it("folds the common name variants both ways: either spelling gives the same key", () => {
    const pairs: [string, string][] = [
      ["濵田", "浜田"],
      ["冨田", "富田"],
      ["槇原", "槙原"],
      ["篭橋", "籠橋"],
      ["舘野", "館野"],
      ["𠮷田", "吉田"],
      ["岩渕", "岩淵"],
      ["峯岸", "峰岸"],
      ["瀧川", "滝川"],
      ["曾根", "曽根"],
      ["嶌田", "島田"],
      ["川碕", "川崎"],
    ];
    for (const [variant, usual] of pairs) expect(toSearchKey(variant)).toBe(toSearchKey(usual));
  });
  it("maps each variant to a usual form that is not itself a variant (one pass is enough)", () => {
    for (const [variant, usual] of NAME_KANJI_VARIANTS) {
      expect(NAME_KANJI_VARIANTS.has(usual), `${variant} → ${usual}`).toBe(false);
      expect(variant.normalize("NFKC"), "NFKC runs first: a variant it changes is never seen").toBe(variant);
    }
  });
  it("ignores ideographic variation selectors", () => {
    expect(toSearchKey("渡邉\u{E0104}")).toBe("渡辺");
  });
  it("leaves other kanji alone", () => {
    expect(toSearchKey("佐藤花子")).toBe("佐藤花子");
  });
  it("handles empty and blank input", () => {
    expect(toSearchKey("")).toBe("");
    expect(toSearchKey(" \u3000 ")).toBe("");
  });
  it("is idempotent", () => {
    for (const s of ["ﾔﾏﾀﾞ ﾀﾛｰ", "髙橋・ハナ", "ＡＢＣ"]) {
      expect(toSearchKey(toSearchKey(s))).toBe(toSearchKey(s));
    }
  });
});

describe("toLooseSearchKey", () => {
  it("matches ー with its usual hiragana spelling", () => {
    expect(toLooseSearchKey("サトー")).toBe(toLooseSearchKey("さとう"));
    expect(toLooseSearchKey("サトー")).toBe("さとう");
  });
  it("spells お段+ー as おう and え段+ー as えい", () => {
    expect(toLooseSearchKey("コーノ")).toBe("こうの");
    expect(toLooseSearchKey("ケーコ")).toBe("けいこ");
    expect(toLooseSearchKey("セージ")).toBe("せいじ");
  });
  it("spells あ/い/う段+ー as the same vowel", () => {
    expect(toLooseSearchKey("マーヤ")).toBe("まあや");
    expect(toLooseSearchKey("ミーナ")).toBe("みいな");
    expect(toLooseSearchKey("ユーキ")).toBe("ゆうき");
  });
  it("uses the vowel of voiced and semi-voiced kana", () => {
    expect(toLooseSearchKey("ゴーダ")).toBe("ごうだ");
    expect(toLooseSearchKey("パール")).toBe("ぱある");
  });
  it("makes small kana large, also before ー", () => {
    expect(toLooseSearchKey("きょう")).toBe("きよう");
    expect(toLooseSearchKey("キョー")).toBe(toLooseSearchKey("きょう"));
    expect(toLooseSearchKey("はっとり")).toBe("はつとり");
    expect(toLooseSearchKey("ヴァ")).toBe("ゔあ");
  });
  it("keeps voiced and semi-voiced marks", () => {
    expect(toLooseSearchKey("ばば")).not.toBe(toLooseSearchKey("はは"));
    expect(toLooseSearchKey("ぱぱ")).toBe("ぱぱ");
  });
  it("keeps ー where no vowel precedes it", () => {
    expect(toLooseSearchKey("ー")).toBe("ー");
    expect(toLooseSearchKey("ンー")).toBe("んー");
    expect(toLooseSearchKey("山ー")).toBe("山ー");
  });
  it("resolves repeated ー from the preceding result", () => {
    expect(toLooseSearchKey("トーー")).toBe("とうう");
  });
  it("includes everything toSearchKey does", () => {
    expect(toLooseSearchKey("髙橋 ｻﾄｰ")).toBe("高橋さとう");
    expect(toLooseSearchKey("")).toBe("");
  });
});

describe("isKana", () => {
  it("accepts hiragana, katakana, ー, ・ and spaces", () => {
    expect(isKana("やまだ たろう")).toBe(true);
    expect(isKana("ヤマダ\u3000タロー")).toBe(true);
    expect(isKana("ジョン・スミス")).toBe(true);
    expect(isKana("ゔぁ")).toBe(true);
  });
  it("accepts half-width katakana", () => {
    expect(isKana("ﾔﾏﾀﾞ ﾀﾛｳ")).toBe(true);
  });
  it("rejects kanji, Latin, digits and symbols", () => {
    expect(isKana("山田")).toBe(false);
    expect(isKana("やまだ1")).toBe(false);
    expect(isKana("yamada")).toBe(false);
    expect(isKana("やまだ!")).toBe(false);
    expect(isKana("゛")).toBe(false);
  });
  it("rejects empty, blank and mark-only input", () => {
    expect(isKana("")).toBe(false);
    expect(isKana("   ")).toBe(false);
    expect(isKana("ー")).toBe(false);
    expect(isKana("・")).toBe(false);
  });
});
