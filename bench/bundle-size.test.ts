import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { type BundleSize, budgetProblems, catalogProblems, measureBundle } from "./bundle-size.ts";

const pages = {
  login: ["src/login-page.tsx", "i18n/ja.ts"],
  dashboard: ["src/layout.tsx", "src/dashboard-page.tsx", "i18n/ja.ts", "i18n/dashboard.ja.ts"],
};

// Distinct, poorly compressible text per file, so that each file's gzip size is its own.
function content(seed: number, length: number): string {
  let text = "";
  let state = seed;
  while (text.length < length) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    text += state.toString(36);
  }
  return text.slice(0, length);
}

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
const kb = (bytes: number) => Math.round(bytes / 100) / 10;

let distDir = "";
afterEach(async () => {
  if (distDir) await fs.rm(distDir, { recursive: true, force: true });
});

/** A build as Vite leaves it: files under assets/ and the manifest naming them. */
async function writeBuild(manifest: Record<string, object>, sizes: Record<string, number>) {
  distDir = await fs.mkdtemp(path.join(os.tmpdir(), "otagai-bundle-"));
  await fs.mkdir(path.join(distDir, ".vite"));
  await fs.mkdir(path.join(distDir, "assets"));
  await fs.writeFile(path.join(distDir, ".vite", "manifest.json"), JSON.stringify(manifest));
  const texts: Record<string, string> = {};
  let seed = 1;
  for (const [file, size] of Object.entries(sizes)) {
    texts[file] = content(seed++, size);
    await fs.writeFile(path.join(distDir, "assets", file), texts[file]);
  }
  return (...files: string[]) => files.reduce((total, file) => total + gz(texts[file] ?? ""), 0);
}

const build = {
  "index.html": {
    file: "assets/index.js",
    isEntry: true,
    imports: ["_vendor.js"],
    css: ["assets/index.css"],
  },
  "_vendor.js": { file: "assets/vendor.js" },
  "_form.js": { file: "assets/form.js", imports: ["_vendor.js"] },
  "src/login-page.tsx": {
    file: "assets/login.js",
    isDynamicEntry: true,
    imports: ["_form.js", "_vendor.js"],
  },
  "src/layout.tsx": { file: "assets/layout.js", isDynamicEntry: true, imports: ["_vendor.js"] },
  "src/dashboard-page.tsx": { file: "assets/dashboard.js", isDynamicEntry: true, imports: ["_form.js"] },
  "i18n/ja.ts": { file: "assets/ja.js", isDynamicEntry: true },
  "i18n/en.ts": { file: "assets/en.js", isDynamicEntry: true },
  "i18n/dashboard.ja.ts": { file: "assets/dashboard.ja.js", isDynamicEntry: true },
  "i18n/dashboard.en.ts": { file: "assets/dashboard.en.js", isDynamicEntry: true },
};
const sizes = {
  "index.js": 40_000,
  "vendor.js": 90_000,
  "form.js": 7_000,
  "login.js": 3_000,
  "layout.js": 12_000,
  "dashboard.js": 5_000,
  "ja.js": 4_000,
  "en.js": 4_500,
  "dashboard.ja.js": 900,
  "dashboard.en.js": 1_000,
  "index.css": 20_000,
};

describe("measureBundle", () => {
  it("counts the entry with its static imports, each first page with its lazy chunks in Japanese, and the total", async () => {
    const gzipOf = await writeBuild(build, sizes);
    const entry = gzipOf("index.js", "vendor.js");
    const total = gzipOf(...Object.keys(sizes).filter((file) => file.endsWith(".js")));

    const size = await measureBundle(distDir, pages);

    expect(size).toEqual({
      entryGzipKb: kb(entry),
      totalGzipKb: kb(total),
      lazyGzipKb: kb(total - entry),
      loginPageGzipKb: kb(entry + gzipOf("login.js", "form.js", "ja.js")),
      dashboardPageGzipKb: kb(
        entry + gzipOf("layout.js", "dashboard.js", "form.js", "ja.js", "dashboard.ja.js"),
      ),
      entryCssGzipKb: kb(gzipOf("index.css")),
      chunkCount: 10,
    } satisfies BundleSize);
  });

  it("refuses a first page whose strings were bundled with a static importer instead of a chunk of their own", async () => {
    const { "i18n/ja.ts": _, ...rest } = build;
    await writeBuild(
      {
        ...rest,
        "_ja.js": { file: "assets/ja.js" },
        "_form.js": { file: "assets/form.js", imports: ["_ja.js"] },
      },
      sizes,
    );
    await expect(measureBundle(distDir, pages)).rejects.toThrow(/i18n\/ja\.ts is not a lazily loaded chunk/);
  });

  it("says to build first when there is no manifest", async () => {
    distDir = await fs.mkdtemp(path.join(os.tmpdir(), "otagai-bundle-"));
    await expect(measureBundle(distDir, pages)).rejects.toThrow(/build the web app first/);
  });
});

describe("catalogProblems", () => {
  /** The catalog files beside a build whose manifest names the given ones. */
  async function catalogsAndBuild(files: string[], manifest: Record<string, object>) {
    await writeBuild(manifest, {});
    await fs.mkdir(path.join(distDir, "i18n"));
    for (const file of [...files, "catalogs.ts", "loaders.ts", "catalogs.test.ts"]) {
      await fs.writeFile(path.join(distDir, "i18n", file), "export {};\n");
    }
    return catalogProblems(distDir, path.join(distDir, "i18n"), distDir);
  }
  const lazy = (file: string) => ({ file: `assets/${file}.js`, isDynamicEntry: true });

  it("accepts every language's core and every feature's strings as lazily loaded chunks of their own", async () => {
    const files = ["ja.ts", "en.ts", "dashboard.ja.ts", "dashboard.en.ts"];
    const manifest = Object.fromEntries(files.map((file) => [`i18n/${file}`, lazy(file)]));
    expect(await catalogsAndBuild(files, manifest)).toEqual([]);
  });

  it("names strings no loader lists, and strings some module imports statically", async () => {
    const problems = await catalogsAndBuild(["ja.ts", "en.ts", "reports.ja.ts", "reports.en.ts"], {
      "i18n/ja.ts": { file: "assets/ja.js" },
      "i18n/en.ts": lazy("en"),
      "i18n/reports.en.ts": lazy("reports.en"),
    });
    expect(problems.map((problem) => problem.split(" ")[0])).toEqual(["ja.ts", "reports.ja.ts"]);
    expect(problems[0]).toMatch(
      /is not a lazily loaded chunk of its own: list it in .*loaders\.ts and import it nowhere else/,
    );
  });
});

describe("budgetProblems", () => {
  const size: BundleSize = {
    entryGzipKb: 170,
    totalGzipKb: 300,
    lazyGzipKb: 130,
    loginPageGzipKb: 200,
    dashboardPageGzipKb: 250.1,
    entryCssGzipKb: 36,
    chunkCount: 40,
  };

  it("names each first page past the budget", () => {
    expect(budgetProblems(size, 250)).toEqual([
      "the dashboard loads 250.1 kB of JavaScript (gzip), over the budget of 250 kB",
    ]);
    expect(budgetProblems(size, 199)).toHaveLength(2);
  });

  it("is empty within the budget, the budget itself included", () => {
    expect(budgetProblems({ ...size, dashboardPageGzipKb: 250 }, 250)).toEqual([]);
  });
});
