import { describe, expect, it } from "vitest";
import { locales } from "../platform/locales.ts";
import { catalogs, translate } from "./catalogs.ts";
import { coreCatalogs, type FeatureCatalog, featureCatalogs } from "./loaders.ts";

function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

function valuesOf(node: unknown): string[] {
  if (typeof node === "string") return [node];
  return Object.values(node as object).flatMap(valuesOf);
}

describe("i18n catalogs", () => {
  it("have the same keys in Japanese and English", () => {
    expect(keysOf(catalogs.en).sort()).toEqual(keysOf(catalogs.ja).sort());
  });

  it("have no empty text", () => {
    for (const locale of ["ja", "en"] as const) {
      expect(valuesOf(catalogs[locale]).filter((text) => text.trim() === "")).toEqual([]);
    }
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const key of keysOf(catalogs.ja)) {
      expect(placeholders(translate("en", key)), key).toEqual(placeholders(translate("ja", key)));
    }
  });

  it("translates with parameters and falls back to the key when unknown", () => {
    expect(translate("ja", "validation.tooShort", { min: 12 })).toBe("12文字以上で入力してください。");
    expect(translate("en", "validation.tooShort", { min: 12 })).toBe("Enter at least 12 characters.");
    expect(translate("ja", "no.such.key")).toBe("no.such.key");
  });

  it("give each top-level key one home: the core or one feature", async () => {
    for (const locale of locales) {
      const homes = [
        Object.keys(await coreCatalogs[locale]()),
        ...(await Promise.all(
          Object.values(featureCatalogs).map(async (loaders) => Object.keys(await loaders[locale]())),
        )),
      ].flat();
      expect(homes.filter((key, index) => homes.indexOf(key) !== index)).toEqual([]);
    }
  });

  it("load, piece by piece in the browser, exactly the catalogs the server uses", async () => {
    for (const locale of locales) {
      const pieces = await Promise.all([
        coreCatalogs[locale](),
        ...Object.keys(featureCatalogs).map((feature) =>
          featureCatalogs[feature as FeatureCatalog][locale](),
        ),
      ]);
      expect(Object.assign({}, ...pieces)).toEqual(catalogs[locale]);
    }
  });
});
