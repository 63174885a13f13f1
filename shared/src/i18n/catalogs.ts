import type { Locale } from "../platform/locales.ts";
import { en } from "./en.ts";
import { type Catalog, ja } from "./ja.ts";

export const catalogs: Record<Locale, Catalog> = { ja, en };

/** Looks up a dotted key ("errors.NOT_FOUND") and fills {{name}} placeholders. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = catalogs[locale];
  for (const part of key.split(".")) {
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== "string") return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
}
