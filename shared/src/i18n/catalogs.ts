import type { Locale } from "../platform/locales.ts";
import { adminEn } from "./admin.en.ts";
import { adminJa } from "./admin.ja.ts";
import { auditEn } from "./audit.en.ts";
import { auditJa } from "./audit.ja.ts";
import { consultationEn } from "./consultation.en.ts";
import { consultationJa } from "./consultation.ja.ts";
import { dashboardEn } from "./dashboard.en.ts";
import { dashboardJa } from "./dashboard.ja.ts";
import { en } from "./en.ts";
import { ja } from "./ja.ts";
import { networkEn } from "./network.en.ts";
import { networkJa } from "./network.ja.ts";
import { reportsEn } from "./reports.en.ts";
import { reportsJa } from "./reports.ja.ts";
import { supportEn } from "./support.en.ts";
import { supportJa } from "./support.ja.ts";
import { usersEn } from "./users.en.ts";
import { usersJa } from "./users.ja.ts";
import type { Widen } from "./widen.ts";

// Every string in both languages: the core (ja.ts, en.ts) and each feature's part
// (<feature>.ja.ts, <feature>.en.ts). The server and the tests use them whole; the browser loads
// one language's core at start and each part with its feature's lazy route (loaders.ts).
const jaCatalog = {
  ...ja,
  ...dashboardJa,
  ...adminJa,
  ...usersJa,
  ...auditJa,
  ...supportJa,
  ...consultationJa,
  ...networkJa,
  ...reportsJa,
};

export type Catalog = Widen<typeof jaCatalog>;

export const catalogs: Record<Locale, Catalog> = {
  ja: jaCatalog,
  en: {
    ...en,
    ...dashboardEn,
    ...adminEn,
    ...usersEn,
    ...auditEn,
    ...supportEn,
    ...consultationEn,
    ...networkEn,
    ...reportsEn,
  },
};

/** Looks up a dotted key ("errors.NOT_FOUND") and fills {{name}} placeholders. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = catalogs[locale];
  for (const part of key.split(".")) {
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== "string") return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
}
