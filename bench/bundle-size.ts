// The web app's JavaScript as a browser downloads it, in kB of gzip (1 kB = 1000 bytes, as Vite prints),
// read from the build in web/dist and its Vite manifest (build.manifest in web/vite.config.ts).
// "Entry" is what index.html loads before any lazy route: its module script and the chunks that
// script imports statically (the modulepreload links). A first page adds what that page's lazy
// routes and its language's strings load on top, in Japanese (the default language).
// Run alone: node --import tsx bench/bundle-size.ts [distDir]
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { locales } from "../shared/src/platform/locales.ts";

/** One chunk of Vite's manifest (.vite/manifest.json), keyed by its source path or chunk name. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface BundleSize {
  /** index.html's script and its static imports: what every page loads before any lazy route. */
  entryGzipKb: number;
  /** Every JavaScript chunk of the build, both languages and every feature. */
  totalGzipKb: number;
  /** What only some pages load: total less entry. */
  lazyGzipKb: number;
  /** The login page: entry, its lazy route and the Japanese core strings. */
  loginPageGzipKb: number;
  /** The dashboard after login: entry, the signed-in layout, the dashboard and their Japanese strings. */
  dashboardPageGzipKb: number;
  /** The stylesheet index.html links (Mantine's and ours). */
  entryCssGzipKb: number;
  chunkCount: number;
}

/** The heavier first page may load this much JavaScript (gzip); the web build fails past it. */
export const firstPageBudgetKb = 250;

/**
 * What each first page loads after the entry, by source path as the manifest names it: its lazy
 * routes and its language's strings. Each must be a lazily loaded chunk of its own (a catalog
 * imported statically somewhere is bundled with its importer, for every language: refused here).
 */
export const firstPages = {
  login: ["src/features/auth/login-page.tsx", "../shared/src/i18n/ja.ts"],
  dashboard: [
    "src/app/layout/app-layout.tsx",
    "src/features/dashboard/dashboard-page.tsx",
    "../shared/src/i18n/ja.ts",
    "../shared/src/i18n/dashboard.ja.ts",
  ],
} as const;

export const defaultDistDir = fileURLToPath(new URL("../web/dist", import.meta.url));
const defaultCatalogDir = fileURLToPath(new URL("../shared/src/i18n", import.meta.url));

function kb(bytes: number): number {
  return Math.round(bytes / 100) / 10;
}

/** The manifest keys a chunk needs before it runs: itself and its static imports, transitively. */
function staticClosure(manifest: Manifest, key: string, into: Set<string>): Set<string> {
  if (into.has(key)) return into;
  if (!manifest[key]) throw new Error(`the Vite manifest has no chunk "${key}"`);
  into.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

async function readManifest(distDir: string): Promise<Manifest> {
  const manifestPath = path.join(distDir, ".vite", "manifest.json");
  try {
    return JSON.parse(await fs.readFile(manifestPath, "utf8")) as Manifest;
  } catch (error) {
    throw new Error(`no Vite manifest at ${manifestPath}: build the web app first (npm run build)`, {
      cause: error,
    });
  }
}

export async function measureBundle(
  distDir: string = defaultDistDir,
  pages: { login: readonly string[]; dashboard: readonly string[] } = firstPages,
): Promise<BundleSize> {
  const manifest = await readManifest(distDir);

  const gzipBytes = new Map<string, number>();
  async function sizeOfFiles(files: Iterable<string>, extension: string): Promise<number> {
    let total = 0;
    for (const file of new Set(files)) {
      if (!file.endsWith(extension)) continue;
      let size = gzipBytes.get(file);
      if (size === undefined) {
        size = gzipSync(await fs.readFile(path.join(distDir, file)), { level: 9 }).length;
        gzipBytes.set(file, size);
      }
      total += size;
    }
    return total;
  }
  const sizeOfChunks = (keys: Set<string>) =>
    sizeOfFiles(
      [...keys].map((key) => manifest[key]?.file ?? ""),
      ".js",
    );

  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entryKeys.length !== 1)
    throw new Error(`expected one entry in the Vite manifest, found ${entryKeys.length}`);
  const entryKey = entryKeys[0] as string;
  const entry = staticClosure(manifest, entryKey, new Set());

  function firstPage(lazyChunks: readonly string[]): Promise<number> {
    const keys = new Set(entry);
    for (const key of lazyChunks) {
      if (!manifest[key]?.isDynamicEntry) {
        throw new Error(
          `${key} is not a lazily loaded chunk of its own: is it imported statically somewhere?`,
        );
      }
      staticClosure(manifest, key, keys);
    }
    return sizeOfChunks(keys);
  }

  const entryBytes = await sizeOfChunks(entry);
  const jsFiles = new Set(
    Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => file.endsWith(".js")),
  );
  const totalBytes = await sizeOfFiles(jsFiles, ".js");
  return {
    entryGzipKb: kb(entryBytes),
    totalGzipKb: kb(totalBytes),
    lazyGzipKb: kb(totalBytes - entryBytes),
    loginPageGzipKb: kb(await firstPage(pages.login)),
    dashboardPageGzipKb: kb(await firstPage(pages.dashboard)),
    entryCssGzipKb: kb(await sizeOfFiles(manifest[entryKey]?.css ?? [], ".css")),
    chunkCount: jsFiles.size,
  };
}

/**
 * Why the strings do not reach the browser as they should, or nothing. Each language's core
 * (ja.ts, en.ts) and each feature's strings (<feature>.<locale>.ts) must be a lazily loaded chunk of
 * its own: one that is not is in no loader (shared/src/i18n/loaders.ts), or imported statically
 * somewhere and so travels with its importer, in every language.
 */
export async function catalogProblems(
  distDir: string = defaultDistDir,
  catalogDir: string = defaultCatalogDir,
  webRoot: string = path.dirname(distDir),
): Promise<string[]> {
  const manifest = await readManifest(distDir);
  const catalogFile = new RegExp(`^([a-z-]+\\.)?(${locales.join("|")})\\.ts$`);
  const files = (await fs.readdir(catalogDir)).filter((file) => catalogFile.test(file)).sort();
  return files
    .filter((file) => {
      const key = path.relative(webRoot, path.join(catalogDir, file)).split(path.sep).join("/");
      return !manifest[key]?.isDynamicEntry;
    })
    .map(
      (file) =>
        `${file} is not a lazily loaded chunk of its own: list it in shared/src/i18n/loaders.ts and import it nowhere else (import type is fine)`,
    );
}

/** Why the build is too heavy, or nothing: each first page's JavaScript against the budget. */
export function budgetProblems(size: BundleSize, budgetKb: number = firstPageBudgetKb): string[] {
  const pages = [
    ["the login page", size.loginPageGzipKb],
    ["the dashboard", size.dashboardPageGzipKb],
  ] as const;
  return pages
    .filter(([, gzipKb]) => gzipKb > budgetKb)
    .map(
      ([page, gzipKb]) =>
        `${page} loads ${gzipKb} kB of JavaScript (gzip), over the budget of ${budgetKb} kB`,
    );
}

export function formatBundleSize(size: BundleSize, budgetKb: number = firstPageBudgetKb): string {
  return [
    `JavaScript, kB gzip: login page ${size.loginPageGzipKb}, dashboard ${size.dashboardPageGzipKb} (budget ${budgetKb})`,
    `  entry ${size.entryGzipKb} · lazy ${size.lazyGzipKb} · total ${size.totalGzipKb} in ${size.chunkCount} chunks · CSS ${size.entryCssGzipKb}`,
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void measureBundle(process.argv[2]).then((size) => {
    console.log(formatBundleSize(size));
    console.log(JSON.stringify(size));
  });
}
