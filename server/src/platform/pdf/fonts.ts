import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * Noto Sans JP (SIL OFL 1.1), shipped as static TrueType files in @expo-google-fonts/noto-sans-jp
 * (ADR 018): read from node_modules once per process, never fetched. pdfkit embeds only the glyphs a
 * document uses (a subset), so a one-page form stays tens of kilobytes.
 */
export type JapaneseFonts = { regular: Buffer; bold: Buffer };

const require = createRequire(import.meta.url);
const files = {
  regular: "@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
} as const;

let loaded: JapaneseFonts | undefined;

export function japaneseFonts(): JapaneseFonts {
  loaded ??= {
    regular: readFileSync(require.resolve(files.regular)),
    bold: readFileSync(require.resolve(files.bold)),
  };
  return loaded;
}
