import type { Catalog } from "@otagai/shared/i18n/catalogs";
import { coreCatalogs, type FeatureCatalog, featureCatalogs } from "@otagai/shared/i18n/loaders";
import { defaultLocale, type Locale, locales } from "@otagai/shared/platform/locales";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Catalog };
  }
}

const storageKey = "otagai.locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLocale(value) ? value : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export const i18n = i18next.createInstance();

// The strings arrive in pieces (shared/src/i18n/loaders.ts): the core of the language shown, then
// each feature's strings with its lazy route. All go into the one "translation" namespace, so keys
// read the same everywhere ("users.title").
void i18n.use(initReactI18next).init({
  resources: {},
  lng: storedLocale(),
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  initAsync: false,
  // While developing, a key shown bare (a feature's strings not loaded with its route) says so.
  saveMissing: import.meta.env.DEV,
  missingKeyHandler: (languages, _namespace, key) => {
    console.error(`i18n: no text for "${key}" in ${languages.join(", ")}`);
  },
});

/** Features whose strings this page has loaded; a language switch loads them in the new language too. */
const loadedFeatures = new Set<FeatureCatalog>();

function addStrings(locale: Locale, strings: object) {
  i18n.addResourceBundle(locale, "translation", strings, true, true);
}

/** Loads one language's core and every feature loaded so far, including those asked for meanwhile. */
async function loadLanguage(locale: Locale) {
  let count: number;
  do {
    count = loadedFeatures.size;
    const pieces = await Promise.all([
      coreCatalogs[locale](),
      ...[...loadedFeatures].map((feature) => featureCatalogs[feature][locale]()),
    ]);
    for (const strings of pieces) addStrings(locale, strings);
  } while (count !== loadedFeatures.size);
}

/** Resolves once the first language's core strings are in: main.tsx renders after it. */
export const i18nReady: Promise<void> = loadLanguage(currentLocale()).catch((error: unknown) => {
  // The app still starts (showing keys) rather than a blank page; a reload usually fetches them.
  console.error("i18n: the strings could not be loaded", error);
});

async function loadFeatureStrings(features: readonly FeatureCatalog[]) {
  for (const feature of features) loadedFeatures.add(feature);
  const locale = currentLocale();
  const pieces = await Promise.all(features.map((feature) => featureCatalogs[feature][locale]()));
  for (const strings of pieces) addStrings(locale, strings);
}

/**
 * A lazy route's loader that also brings its feature's strings in the current language, in
 * parallel with the page's code, so that the page never renders before its texts:
 * `lazyRouteComponent(withStrings(() => import("…/user-list-page"), "users"), "UserListPage")`.
 */
export function withStrings<T>(load: () => Promise<T>, ...features: FeatureCatalog[]): () => Promise<T> {
  return async () => (await Promise.all([load(), loadFeatureStrings(features)]))[0];
}

// <html lang> follows the UI language (screen readers pick their voice from it); page titles
// are set by each page (components/use-page-title.ts).
function syncDocumentLanguage(language: string) {
  document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.language);
i18n.on("languageChanged", syncDocumentLanguage);

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

let switches = 0;

/** Switches the UI language once its strings are in, and remembers it for the login page of this browser. */
export async function applyLocale(locale: Locale) {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode or storage full: the choice still applies to this page.
  }
  const request = ++switches;
  if (i18n.language === locale) return;
  await loadLanguage(locale);
  // Two quick switches: the later one wins, whichever language loaded first.
  if (request === switches) await i18n.changeLanguage(locale);
}
