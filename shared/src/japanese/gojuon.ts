// 五十音順 (Japanese dictionary order) for kana readings, and the row heads used for index tabs.
//
// Intl.Collator("ja") implements the CLDR Japanese collation (JIS X 4061 style), which already does what
// a hand-written comparator would: voiced kana sort right after their base on ties (は < ば < ぱ),
// ー takes the vowel of the preceding kana (かー = かあ), ゐ/ゑ sit between わ and を, ん comes last.
// Node 20 ships full ICU and all current browsers support "ja"; gojuon.test.ts pins the behaviour.
import { toSearchKey } from "./kana.ts";

// "accent" = primary + secondary strength: voicing still breaks ties, but small and large kana
// (ゃ/や, っ/つ) compare equal, as dictionaries treat them. Case is already folded by toSearchKey.
const collator = new Intl.Collator("ja", { sensitivity: "accent", usage: "sort" });

/** Sort comparator for names or readings in 五十音順 (hiragana/katakana/half-width all equivalent). */
export function compareKana(a: string, b: string): number {
  return collator.compare(toSearchKey(a), toSearchKey(b));
}

export const OTHER_ROW = "他";

/** Index tab heads in display order; OTHER_ROW collects readings that do not start with kana. */
export const GOJUON_ROWS = ["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ", OTHER_ROW] as const;

export type GojuonRow = (typeof GOJUON_ROWS)[number];

// ゔ belongs to あ行 (voiced う); ん is filed under わ as on most index tabs.
const ROW_MEMBERS: ReadonlyArray<readonly [GojuonRow, string]> = [
  ["あ", "ぁあぃいぅうゔぇえぉお"],
  ["か", "ゕかがきぎくぐゖけげこご"],
  ["さ", "さざしじすずせぜそぞ"],
  ["た", "ただちぢっつづてでとど"],
  ["な", "なにぬねの"],
  ["は", "はばぱひびぴふぶぷへべぺほぼぽ"],
  ["ま", "まみむめも"],
  ["や", "ゃやゅゆょよ"],
  ["ら", "らりるれろ"],
  ["わ", "ゎわゐゑをん"],
];

/**
 * Row head (あ か さ … わ) of a reading's first kana, or "他" for anything else. Pass the reading
 * (furigana), not the kanji name: kanji cannot be placed in a row without a dictionary.
 */
export function gojuonRow(reading: string): GojuonRow {
  const first = Array.from(toSearchKey(reading))[0];
  if (first === undefined) return OTHER_ROW;
  return ROW_MEMBERS.find(([, members]) => members.includes(first))?.[0] ?? OTHER_ROW;
}
