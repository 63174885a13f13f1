// Kana and name normalisation for search. Pure string functions: safe in the browser and on the server.
//
// wanakana is not used: its toHiragana rewrites "サトー" to "さとう", turns unmarked Latin into kana
// ("ABC" → "あbc") and maps ヷ–ヺ to unassigned code points. A code-point shift is exact and tiny.

const KATAKANA_TO_HIRAGANA_OFFSET = 0x60;

// Variant kanji found in registered names (戸籍, 住民票) → the form people usually type, as groups
// (the usual form, then its variants). Hand-kept: no maintained table installs from npm (ADR 015).
// Folding is for matching only; names are always stored and shown as written. Each variant maps to
// one usual form, and no usual form is itself a variant (kana.test.ts checks both), so folding
// once is enough. Changing a group changes stored keys: re-key them in a migration (0007 shows how).
const NAME_KANJI_VARIANT_GROUPS: ReadonlyArray<readonly [usual: string, variants: string]> = [
  ["高", "髙"],
  ["崎", "\uFA11嵜碕"], // \uFA11 﨑: a compatibility ideograph that NFKC leaves alone
  ["斉", "齋齊斎"],
  ["辺", "邊邉"],
  ["沢", "澤"],
  ["浜", "濱濵"],
  ["広", "廣"],
  ["桜", "櫻"],
  ["国", "國"],
  ["徳", "德"],
  ["恵", "惠"],
  ["真", "眞"],
  ["竜", "龍"],
  ["島", "嶋嶌"],
  ["富", "冨"],
  ["槙", "槇"],
  ["籠", "篭"],
  ["館", "舘"],
  ["柳", "栁"],
  ["曽", "曾"],
  ["瀬", "瀨"],
  ["条", "條"],
  ["淵", "渕渊"],
  ["峰", "峯"],
  ["滝", "瀧"],
  ["吉", "\u{20BB7}"], // 𠮷 (つちよし), outside the BMP
  ["桑", "桒"],
  ["児", "兒"],
  ["薮", "藪"],
  ["鉄", "鐵"],
  ["万", "萬"],
  ["円", "圓"],
  ["宝", "寶寳"],
  ["実", "實"],
  ["寿", "壽"],
  ["栄", "榮"],
  ["与", "與"],
  ["浅", "淺"],
  ["蔵", "藏"],
  ["黒", "黑"],
  ["静", "靜"],
  ["弥", "彌"],
  ["亜", "亞"],
  ["鴎", "鷗"],
  ["礼", "禮"],
  ["穂", "穗"],
  ["恒", "恆"],
  ["凛", "凜"],
  ["遥", "遙"],
  ["桧", "檜"],
  ["芦", "蘆"],
  ["戸", "戶"],
  ["郷", "鄕鄉"],
  ["聡", "聰"],
  ["譲", "讓"],
  ["豊", "豐"],
  ["顕", "顯"],
  ["伝", "傳"],
  ["絵", "繪"],
  ["県", "縣"],
  ["関", "關"],
  ["渋", "澁"],
  ["村", "邨"],
  ["岳", "嶽"],
  ["巌", "巖"],
  ["岡", "崗"],
  ["野", "埜"],
  ["鶴", "靏靍"],
  ["会", "會"],
  ["歳", "歲"],
  ["増", "增"],
  ["清", "淸"],
  ["青", "靑"],
  ["内", "內"],
  ["彦", "彥"],
  ["黄", "黃"],
  ["歩", "步"],
];

/** Variant → usual form, one entry per variant character. */
export const NAME_KANJI_VARIANTS: ReadonlyMap<string, string> = new Map(
  NAME_KANJI_VARIANT_GROUPS.flatMap(([usual, variants]) =>
    Array.from(variants, (variant) => [variant, usual] as const),
  ),
);

const VARIANT_PATTERN = new RegExp(`[${[...NAME_KANJI_VARIANTS.keys()].join("")}]`, "gu");
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
    .replace(VARIANT_PATTERN, (ch) => NAME_KANJI_VARIANTS.get(ch) ?? ch);
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
