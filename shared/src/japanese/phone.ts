// Japanese phone numbers: normalisation for storage/search and hyphenated display.
//
// Where a number splits (03-1234-5678, 0422-51-5131, 01267-1-2345) and which ranges exist come from
// the national numbering plan, as kept in Google's libphonenumber data (libphonenumber-js, Japan
// only: see phone-metadata.ts). Only what people type in Japan is handled here, before the library.
import { type MetadataJson, parsePhoneNumberFromString } from "libphonenumber-js/core";
import jpMetadata from "./phone-metadata.jp.json" with { type: "json" };

// JSON imports are typed structurally; the file is MetadataJson by construction (phone-metadata.ts).
const metadata = jpMetadata as unknown as MetadataJson;

// Separators people type; ー and the various dashes come from Japanese IMEs. Anything else (letters,
// slashes, 内線…) makes the input not a phone number, rather than being dropped silently.
const SEPARATORS = /[\s().\-‐‑‒–—―−ー]/g;

/**
 * Digits only ("09012345678"), with +81 rewritten to a leading 0; null unless the numbering plan
 * allocates the number. Pagers and M2M lines (020) are refused: they reach no one.
 */
export function normalizePhone(input: string): string | null {
  let s = input.normalize("NFKC").replace(SEPARATORS, "");
  if (s.startsWith("+81")) {
    // "+81 (0)3-…" keeps its trunk 0 once the parentheses are gone; "+81 3-…" needs it back.
    s = s.slice(3);
    if (!s.startsWith("0")) s = `0${s}`;
  }
  // Written in Japan, a number starts with its trunk 0; "81…" or "00…" would make the library guess.
  if (!/^0[1-9]\d+$/.test(s)) return null;
  const number = parsePhoneNumberFromString(s, "JP", metadata);
  if (!number?.isValid() || number.getType() === "PAGER") return null;
  return `0${number.nationalNumber}`;
}

/**
 * Hyphenated display form as the numbering plan splits it: 090-1234-5678, 03-1234-5678,
 * 0422-51-5131, 0120-123-456. null when the number is not valid (see normalizePhone).
 */
export function formatPhone(input: string): string | null {
  const digits = normalizePhone(input);
  if (!digits) return null;
  return parsePhoneNumberFromString(digits, "JP", metadata)?.formatNational() ?? null;
}
