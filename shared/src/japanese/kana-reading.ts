import { z } from "zod";
import { isKana } from "./kana.ts";

/**
 * A reading (ふりがな) as people type it: NFKC folds half-width katakana to full width and the
 * ideographic space to a plain one; spaces are trimmed and runs of them become one. The script is
 * kept as typed (ひらがな or カタカナ): search and sorting fold both through the search key.
 */
export function normalizeKanaReading(value: string): string {
  return value.normalize("NFKC").trim().replace(/\s+/gu, " ");
}

/**
 * An optional reading of a name: empty, or kana only (ー, ・ and spaces allowed). The refinement's
 * message is a key of the `validation` catalog, so the server and the browser say the same thing.
 * `overwrite` (not `transform`) keeps the schema a plain string for OpenAPI.
 */
export const kanaReadingSchema = z
  .string()
  .overwrite(normalizeKanaReading)
  .max(100)
  .refine((value) => value === "" || isKana(value), "kanaReading");
