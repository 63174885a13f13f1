import { type Catalog, catalogs } from "@otagai/shared/i18n/catalogs";
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

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: catalogs.ja }, en: { translation: catalogs.en } },
  lng: storedLocale(),
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  initAsync: false,
});

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

/** Switches the UI language now and remembers it for the login page of this browser. */
export async function applyLocale(locale: Locale) {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode or storage full: the choice still applies to this page.
  }
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}
