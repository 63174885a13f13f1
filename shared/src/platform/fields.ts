import { z } from "zod";
import { emailSchema } from "../auth/schemas.ts";
import { isKana } from "../japanese/kana.ts";
import { normalizeKanaReading } from "../japanese/kana-reading.ts";
import { normalizePhone } from "../japanese/phone.ts";
import { normalizePostalCode } from "../japanese/postal-code.ts";

/**
 * The field rules every area's forms share (a name, its reading, a phone, a postal code …), so a
 * participant and a partner workplace refuse the same bad input with the same message.
 */
export const text = (max: number) => z.string().trim().max(max);
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A reading that must be given: kana only (either script, either width; NFKC folds half-width). */
export const requiredKana = z
  .string()
  .overwrite(normalizeKanaReading)
  .min(1)
  .max(100)
  .refine((value) => isKana(value), "kanaReading");
export const optionalKana = z
  .string()
  .overwrite(normalizeKanaReading)
  .max(100)
  .refine((value) => value === "" || isKana(value), "kanaReading");

/** Empty, or a number Japan's numbering plan allocates (stored as typed, searched normalized). */
export const phoneSchema = text(30).refine(
  (value) => value === "" || normalizePhone(value) !== null,
  "invalidPhone",
);
export const postalCodeSchema = text(10).refine(
  (value) => value === "" || normalizePostalCode(value) !== null,
  "invalidPostalCode",
);
export const optionalEmail = z.union([z.literal(""), emailSchema]);

/** The version an editor loaded: another means someone else saved first (409). */
export const versionSchema = z.number().int().min(1).max(2_147_483_647);

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
/**
 * Every field optional and without its default: an edit changes only the fields it sends (zod's
 * `.partial()` keeps the defaults, so a missing field would be cleared).
 */
export function optionalWithoutDefaults<S extends z.ZodRawShape>(shape: S) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => {
      const inner = (schema instanceof z.ZodDefault ? schema.unwrap() : schema) as z.ZodType;
      return [key, inner.optional()];
    }),
  ) as unknown as { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };
}
