import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { compression } from "vite-plugin-compression2";
import {
  budgetProblems,
  catalogProblems,
  firstPageBudgetKb,
  formatBundleSize,
  measureBundle,
} from "../bench/bundle-size.ts";

const webRoot = fileURLToPath(new URL(".", import.meta.url));

/**
 * After each build, the JavaScript the first pages load (bench/bundle-size.ts, read from the
 * manifest); the build fails when the login page or the dashboard passes the budget, or when a
 * catalog is not a lazily loaded chunk of its own (the browser loads one language, piece by piece).
 */
function bundleSizeBudget(): Plugin {
  let outDir = "";
  let root = "";
  let log: (message: string) => void = console.log;
  return {
    name: "otagai-bundle-size",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      log = (message) => config.logger.info(message);
    },
    writeBundle: {
      sequential: true,
      order: "post",
      async handler() {
        const size = await measureBundle(outDir);
        log(`\n${formatBundleSize(size, firstPageBudgetKb)}`);
        const problems = [
          ...(await catalogProblems(outDir, undefined, root)),
          ...budgetProblems(size, firstPageBudgetKb),
        ];
        if (problems.length > 0) this.error(`JavaScript of the first pages: ${problems.join("; ")}`);
      },
    },
  };
}

// The server sends a CSP without 'unsafe-inline' for scripts: everything here is an external module.
export default defineConfig({
  root: webRoot,
  // Brotli and gzip copies beside each asset: the server sends them as they are (preCompressed),
  // so the app served without a proxy is compressed too, at no cost per request.
  plugins: [react(), compression({ algorithms: ["brotliCompress", "gzip"] }), bundleSizeBudget()],
  server: {
    proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // .vite/manifest.json: which chunks each page loads, for the size report above.
    manifest: true,
  },
});
