// Postal code format only: safe in the browser (the lookup in postal.ts is server-only).

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
