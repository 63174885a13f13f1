import type { Locale } from "../platform/locales.ts";
import type { CoreCatalog } from "./ja.ts";

type Loaders<T> = Record<Locale, () => Promise<T>>;

// The browser's way to the catalogs: each file is a chunk of its own, so a page loads only the
// language it shows, and a feature's strings come with the feature's lazy route. A new feature's
// <feature>.ja.ts and <feature>.en.ts are listed here and in catalogs.ts (a test checks both).

/** The core of one language: the app shell, errors, validation, login and what several features share. */
export const coreCatalogs: Loaders<CoreCatalog> = {
  ja: () => import("./ja.ts").then((module) => module.ja),
  en: () => import("./en.ts").then((module) => module.en),
};

/** One feature's strings, loaded with its lazy route. */
export const featureCatalogs = {
  dashboard: {
    ja: () => import("./dashboard.ja.ts").then((module) => module.dashboardJa),
    en: () => import("./dashboard.en.ts").then((module) => module.dashboardEn),
  },
  admin: {
    ja: () => import("./admin.ja.ts").then((module) => module.adminJa),
    en: () => import("./admin.en.ts").then((module) => module.adminEn),
  },
  users: {
    ja: () => import("./users.ja.ts").then((module) => module.usersJa),
    en: () => import("./users.en.ts").then((module) => module.usersEn),
  },
  audit: {
    ja: () => import("./audit.ja.ts").then((module) => module.auditJa),
    en: () => import("./audit.en.ts").then((module) => module.auditEn),
  },
  support: {
    ja: () => import("./support.ja.ts").then((module) => module.supportJa),
    en: () => import("./support.en.ts").then((module) => module.supportEn),
  },
  consultation: {
    ja: () => import("./consultation.ja.ts").then((module) => module.consultationJa),
    en: () => import("./consultation.en.ts").then((module) => module.consultationEn),
  },
  network: {
    ja: () => import("./network.ja.ts").then((module) => module.networkJa),
    en: () => import("./network.en.ts").then((module) => module.networkEn),
  },
  reports: {
    ja: () => import("./reports.ja.ts").then((module) => module.reportsJa),
    en: () => import("./reports.en.ts").then((module) => module.reportsEn),
  },
} satisfies Record<string, Loaders<object>>;

export type FeatureCatalog = keyof typeof featureCatalogs;
