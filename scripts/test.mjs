// npm test: the one gate, the same locally and in CI. Typecheck, lint, unit and database tests on
// PGlite, the database tests again on PostgreSQL when TEST_DATABASE_URL is set, then the web build
// and the end-to-end tests in Chromium. Stops at the first failing step.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(
    `=== ${title}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`,
  );
  return result.status === 0;
}

function vitest(title, args, env = {}) {
  const report = path.join(reports, `${title.replace(/\W+/g, "-")}.json`);
  const ok = run(
    title,
    "npx",
    ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    env,
  );
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests ?? 0;
    totals.failed += json.numFailedTests ?? 0;
    totals.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  } else if (!ok) {
    totals.failed += 1;
  }
  return ok;
}

/** The end-to-end tests need Debian's Chromium; install it when we may (root with apt), else say how. */
function ensureChromium() {
  const browser = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (fs.existsSync(browser)) return true;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    return (
      run("apt-get update", "apt-get", ["update", "-qq"]) &&
      run(
        "install Chromium and Japanese fonts",
        "apt-get",
        ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"],
        {
          DEBIAN_FRONTEND: "noninteractive",
        },
      )
    );
  }
  console.error(
    `\nChromium not found at ${browser}. Install it: sudo apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
  );
  return false;
}

const steps = [
  () => run("typecheck", "npm", ["run", "typecheck"]),
  () => run("lint", "npx", ["biome", "check", "."]),
  // TEST_DATABASE_URL emptied: this pass is on PGlite even when CI has set it for the next one.
  () => vitest("unit and database tests (PGlite)", [], { TEST_DATABASE_URL: "" }),
  () => {
    if (process.env.TEST_DATABASE_URL) return vitest("database tests (PostgreSQL)", ["--project", "server"]);
    console.log("\n(TEST_DATABASE_URL not set: the PostgreSQL run is skipped; CI sets it)");
    return true;
  },
  () => run("web build", "npm", ["run", "build"]),
  ensureChromium,
  () => vitest("end-to-end tests (Chromium)", ["--config", "e2e/vitest.config.ts"]),
];

let ok = true;
for (const step of steps) {
  if (!step()) {
    ok = false;
    break;
  }
}
fs.rmSync(reports, { recursive: true, force: true });
console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`,
);
process.exit(ok && totals.failed === 0 ? 0 : 1);
