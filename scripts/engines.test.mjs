// The README promises Node.js 20.19+ (package.json "engines"). npm only warns (EBADENGINE) when a
// dependency wants a newer Node.js, so these checks keep the promise true.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import semver from "semver";
import { afterEach, describe, expect, it } from "vitest";
import { repositoryRoot } from "./build-if-changed.mjs";

const rootPackage = JSON.parse(fs.readFileSync(path.join(repositoryRoot, "package.json"), "utf8"));
const lockfile = JSON.parse(fs.readFileSync(path.join(repositoryRoot, "package-lock.json"), "utf8"));
const workspaces = rootPackage.workspaces;

const cleanups = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe("the Node.js versions Otagai promises", () => {
  it("are every locked package's too, down to the oldest one promised", () => {
    const oldest = semver.minVersion(rootPackage.engines.node)?.version;
    expect(oldest).toBe("20.19.0");
    const refusing = Object.entries(lockfile.packages)
      .filter(([, entry]) => entry.engines?.node && !semver.satisfies(oldest, entry.engines.node))
      .map(([name, entry]) => `${name}@${entry.version} wants node ${entry.engines.node}`);
    expect(refusing).toEqual([]);
  });

  it("npm ci on this Node.js prints no EBADENGINE warning", () => {
    // A copy of the manifests only: --dry-run reads the lockfile and installs nothing.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-engines-"));
    cleanups.push(() => fs.rmSync(copy, { recursive: true, force: true }));
    for (const file of ["package.json", "package-lock.json", ...workspaces.map((w) => `${w}/package.json`)]) {
      fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      fs.copyFileSync(path.join(repositoryRoot, file), path.join(copy, file));
    }
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const result = spawnSync(npm, ["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund"], {
      cwd: copy,
      encoding: "utf8",
      env: { ...process.env, npm_config_loglevel: "warn" },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/EBADENGINE/);
  });
});
