// Kana and name normalisation for search. Pure string functions: safe in the browser and on the server.
//
// wanakana is not used: its toHiragana rewrites "サトー" to "さとう", turns unmarked Latin into kana
// ("ABC" → "あbc") and maps ヷ–ヺ to unassigned code points. A code-point shift is exact and tiny.

const KATAKANA_TO_HIRAGANA_OFFSET = 0x60;

// Variant kanji commonly found in registered names (戸籍) → the form people usually type.
const NAME_KANJI_VARIANTS: Readonly<Record<string, string>> = {
  髙: "高",
  "\uFA11": "崎", // 﨑 (compatibility ideograph with no NFKC mapping)
  嵜: "崎",
  齋: "斉",
  齊: "斉",
  斎: "斉",
  邊: "辺",
  邉: "辺",
  澤: "沢",
  濱: "浜",
  廣: "広",
  櫻: "桜",
  國: "国",
  德: "徳",
  惠: "恵",
  眞: "真",
  龍: "竜",
  嶋: "島",
};

const VARIANT_PATTERN = new RegExp(`[${Object.keys(NAME_KANJI_VARIANTS).join("")}]`, "gu");
// Ideographic variation selectors (IVS) pick a glyph of 邉, 葛 … but must not affect matching.
const VARIATION_SELECTORS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
// \s covers U+3000 (ideographic space); ・･· separate given and family names in katakana.
const SEPARATORS = /[\s・･·]/gu;
const HALF_WIDTH_KATAKANA = /[\uFF61-\uFF9F]+/g;

function shiftKatakanaToHiragana(s: string): string {
  return s.replace(/[\u30A1-\u30F6\u30FD\u30FE]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - KATAKANA_TO_HIRAGANA_OFFSET),
  );
}

function shiftHiraganaToKatakana(s: string): string {
  return s.replace(/[\u3041-\u3096\u309D\u309E]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) + KATAKANA_TO_HIRAGANA_OFFSET),
  );
}

/** Katakana (incl. half-width) → hiragana; everything else is left as it is. ヴ → ゔ, ー is kept. */
export function toHiragana(s: string): string {
  return shiftKatakanaToHiragana(s.replace(HALF_WIDTH_KATAKANA, (run) => run.normalize("NFKC")));
}

/** Hiragana (and half-width katakana) → full-width katakana; everything else is left as it is. */
export function toKatakana(s: string): string {
  return shiftHiraganaToKatakana(s.replace(HALF_WIDTH_KATAKANA, (run) => run.normalize("NFKC")));
}

/**
 * Key for exact-ish name search: NFKC (half-width kana → full-width, full-width ASCII → ASCII),
 * katakana → hiragana, Latin lower-cased, whitespace and middle dots removed, variant kanji folded.
 */
export function toSearchKey(s: string): string {
  return shiftKatakanaToHiragana(s.normalize("NFKC"))
    .toLowerCase()
    .replace(VARIATION_SELECTORS, "")
    .replace(SEPARATORS, "")
    .replace(VARIANT_PATTERN, (ch) => NAME_KANJI_VARIANTS[ch] ?? ch);
}

const SMALL_TO_LARGE: Readonly<Record<string, string>> = {
  ぁ: "あ",
  ぃ: "い",
  ぅ: "う",
  ぇ: "え",
  ぉ: "お",
  っ: "つ",
  ゃ: "や",
  ゅ: "ゆ",
  ょ: "よ",
  ゎ: "わ",
  ゕ: "か",
  ゖ: "け",
};

// The vowel (段) of each kana, to resolve a following ー. ん has none, so "んー" keeps its ー.
const VOWEL_ROWS: ReadonlyArray<readonly [string, string]> = [
  ["あ", "ぁあかがさざただなはばぱまゃやらゎわ"],
  ["い", "ぃいきぎしじちぢにひびぴみりゐ"],
  ["う", "ぅうゔくぐすずっつづぬふぶぷむゅゆる"],
  ["え", "ぇえけげせぜてでねへべぺめれゑゖ"],
  ["お", "ぉおこごそぞとどのほぼぽもょよろを"],
];

// How ー is usually spelled in hiragana readings: おー → おう (さとう), えー → えい (けいこ).
const LONG_VOWEL_SPELLING: Readonly<Record<string, string>> = {
  あ: "あ",
  い: "い",
  う: "う",
  え: "い",
  お: "う",
};

function vowelOf(kana: string): string | undefined {
  if (kana.length !== 1) return undefined; // "".includes("") would match every row
  return VOWEL_ROWS.find(([, members]) => members.includes(kana))?.[0];
}

/**
 * Looser key so spelling variants of the same reading match: "サトー" = "さとう", "ケーコ" = "けいこ",
 * "きょう" = "きよう". Built on toSearchKey; small kana become large, ー after a kana becomes the
 * vowel it stands for, and voiced / semi-voiced marks are kept (ば ≠ は).
 */
export function toLooseSearchKey(s: string): string {
  let out = "";
  let previous = "";
  for (const ch of toSearchKey(s)) {
    let next = SMALL_TO_LARGE[ch] ?? ch;
    if (ch === "ー") {
      const vowel = vowelOf(previous);
      if (vowel) next = LONG_VOWEL_SPELLING[vowel] ?? ch;
    }
    out += next;
    previous = next;
  }
  return out;
}

// Hiragana, katakana (incl. ・ and ー), iteration marks; half-width forms are NFKC-folded first.
const KANA_ONLY = /^[\u3041-\u3096\u309D\u309E\u30A1-\u30FE\s]+$/u;
const KANA_LETTER = /[\u3041-\u3096\u30A1-\u30FA]/u;

/** True when s holds at least one kana letter and otherwise only kana, ー, ・ and spaces (furigana). */
export function isKana(s: string): boolean {
  const normalized = s.normalize("NFKC");
  return KANA_LETTER.test(normalized) && KANA_ONLY.test(normalized);
}
