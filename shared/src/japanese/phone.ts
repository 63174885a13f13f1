// Japanese phone numbers: normalisation for storage/search and hyphenated display.
//
// Area codes in Japan are 2–5 digits and the exact split needs the MIC numbering table; only the
// unambiguous 2-digit ones (03 Tokyo, 06 Osaka) are special-cased, everything else uses 3-3-4
// (correct for 045 Yokohama, 011 Sapporo, 052 Nagoya, …, merely readable for e.g. 0422).

// Separators people type; ー and the various dashes come from Japanese IMEs.
const SEPARATORS = /[\s().\-‐‑‒–—―−ー]/g;

const MOBILE_OR_IP = /^0[5789]0\d{8}$/; // 050 IP phone, 070/080/090 mobile
const TOLL_FREE_0120 = /^0120\d{6}$/;
const TOLL_FREE_0800 = /^0800\d{7}$/;
const FOUR_DIGIT_SERVICE = /^0(?:120|570|990)\d{6}$/; // freephone, ナビダイヤル, 0990: 4-3-3
const LANDLINE = /^0[1-9]\d{8}$/;
const LANDLINE_EXCLUDED = /^(?:0[5789]0|0120|0800|020)/; // prefixes whose numbers are not 10-digit landlines

/**
 * Digits only ("09012345678"), with +81 rewritten to a leading 0; null unless the result is a
 * plausible Japanese number: 11 digits for 050/070/080/090 and 0800, 10 digits for 0120 and landlines.
 */
export function normalizePhone(input: string): string | null {
  let s = input.normalize("NFKC").replace(SEPARATORS, "");
  if (s.startsWith("+81")) {
    // "+81 (0)3-…" keeps its trunk 0 once the parentheses are gone; "+81 3-…" needs it back.
    s = s.slice(3);
    if (!s.startsWith("0")) s = `0${s}`;
  }
  if (!/^\d+$/.test(s)) return null;
  if (MOBILE_OR_IP.test(s) || TOLL_FREE_0120.test(s) || TOLL_FREE_0800.test(s)) return s;
  if (LANDLINE.test(s) && !LANDLINE_EXCLUDED.test(s)) return s;
  return null;
}

/**
 * Hyphenated display form: 090-1234-5678, 0120-123-456, 0800-123-4567, 03-1234-5678, 045-123-4567.
 * null when the input is not a plausible Japanese number (see normalizePhone).
 */
export function formatPhone(input: string): string | null {
  const d = normalizePhone(input);
  if (!d) return null;
  // 0800 first: its numbers also match the 080 mobile pattern (080-0… is reserved for freephone).
  if (TOLL_FREE_0800.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 7)}-${d.slice(7)}`;
  if (MOBILE_OR_IP.test(d)) return `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`;
  if (FOUR_DIGIT_SERVICE.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 7)}-${d.slice(7)}`;
  if (/^0[36]/.test(d)) return `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`;
  return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
}
