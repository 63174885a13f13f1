import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIfChanged, buildServer, repositoryRoot, sourceHash } from "./build-if-changed.mjs";

const cleanups = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(prefix = "otagai-build-test-") {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function write(root, file, text) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

describe("the hash of a build's sources", () => {
  it("changes with a source file, not with tests, installed packages or build output", () => {
    const root = tempDir();
    write(root, "web/src/app.tsx", "export const a = 1;");
    write(root, "web/src/app.test.tsx", "test");
    write(root, "package-lock.json", "{}");
    const sources = ["web", "package-lock.json", "missing-file.ts"];
    const first = sourceHash(root, sources);
    expect(sourceHash(root, sources)).toBe(first);

    write(root, "web/src/app.test.tsx", "another test");
    write(root, "web/node_modules/x/index.js", "installed");
    write(root, "web/dist/index.html", "built");
    expect(sourceHash(root, sources)).toBe(first);

    write(root, "web/src/app.tsx", "export const a = 2;");
    const changed = sourceHash(root, sources);
    expect(changed).not.toBe(first);
    write(root, "web/src/new.ts", "");
    expect(sourceHash(root, sources)).not.toBe(changed);
    write(root, "package-lock.json", '{"changed":true}');
    expect(sourceHash(root, sources)).not.toBe(changed);
  });
});

describe("building only what changed", () => {
  function countingTarget(fail = () => false) {
    const calls = [];
    return {
      calls,
      target: {
        sources: ["src"],
        stamp: "dist/.build-hash",
        build: async (buildRoot) => {
          calls.push(buildRoot);
          if (fail()) throw new Error("the build broke");
          write(buildRoot, "dist/out.js", fs.readFileSync(path.join(buildRoot, "src/in.ts"), "utf8"));
        },
      },
    };
  }

  it("builds on the first start, not on the next, and again after a change", async () => {
    const root = tempDir();
    write(root, "src/in.ts", "1");
    const { calls, target } = countingTarget();
    const quiet = () => {};
    expect(await buildIfChanged({ root, targets: { app: target }, log: quiet })).toEqual({ app: "built" });
    expect(await buildIfChanged({ root, targets: { app: target }, log: quiet })).toEqual({
      app: "unchanged",
    });
    expect(calls).toHaveLength(1);

    write(root, "src/in.ts", "2");
    expect(await buildIfChanged({ root, targets: { app: target }, log: quiet })).toEqual({ app: "built" });
    expect(fs.readFileSync(path.join(root, "dist/out.js"), "utf8")).toBe("2");

    // Output deleted (say by a plain `npm run build`, which empties web/dist): built again.
    fs.rmSync(path.join(root, "dist"), { recursive: true });
    expect(await buildIfChanged({ root, targets: { app: target }, log: quiet })).toEqual({ app: "built" });
  });

  it("keeps no stamp after a failed build, so the next start tries again", async () => {
    const root = tempDir();
    write(root, "src/in.ts", "1");
    let broken = true;
    const { calls, target } = countingTarget(() => broken);
    const quiet = () => {};
    await expect(buildIfChanged({ root, targets: { app: target }, log: quiet })).rejects.toThrow(
      "the build broke",
    );
    expect(fs.existsSync(path.join(root, "dist/.build-hash"))).toBe(false);
    broken = false;
    expect(await buildIfChanged({ root, targets: { app: target }, log: quiet })).toEqual({ app: "built" });
    expect(calls).toHaveLength(2);
  });

  it("builds once when several processes start together", async () => {
    const root = tempDir();
    write(root, "src/in.ts", "1");
    const { calls, target } = countingTarget();
    const quiet = () => {};
    const results = await Promise.all(
      [1, 2, 3].map(() => buildIfChanged({ root, targets: { app: target }, log: quiet })),
    );
    expect(calls).toHaveLength(1);
    expect(results.map((result) => result.app).sort()).toEqual(["built", "unchanged", "unchanged"]);
  });
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

describe("the server bundle npm start runs", () => {
  it("starts with npm start's flags, migrates a new database and answers /api/health", async () => {
    const start = JSON.parse(fs.readFileSync(path.join(repositoryRoot, "package.json"), "utf8")).scripts
      .start;
    expect(start).toBe("node --liftoff-only scripts/start.mjs");

    // Inside the repository, so that installed packages resolve as they do from server/dist.
    fs.mkdirSync(path.join(repositoryRoot, "server/dist"), { recursive: true });
    const outDir = fs.mkdtempSync(path.join(repositoryRoot, "server/dist/test-"));
    cleanups.push(() => fs.rmSync(outDir, { recursive: true, force: true }));
    await buildServer(repositoryRoot, outDir);
    const bundle = fs.readFileSync(path.join(outDir, "server.mjs"), "utf8");
    // Paths beside a source file resolve as they do when running from source.
    expect(bundle).not.toContain("import.meta");
    expect(bundle).toContain(JSON.stringify(`file://${repositoryRoot}/server/src/platform/db/migrate.ts`));

    const dataDir = path.join(tempDir("otagai-bundle-data-"), "data");
    const port = await freePort();
    const { NODE_ENV: _nodeEnv, ...environment } = process.env;
    const child = spawn(process.execPath, ["--liftoff-only", path.join(outDir, "server.mjs")], {
      cwd: repositoryRoot,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...environment,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "warn",
        DEMO_DATA: "false",
        DATABASE_URL: "",
        DATABASE_MIGRATION_URL: "",
      },
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
    cleanups.push(async () => {
      if (child.exitCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
    });

    let health;
    for (let attempt = 0; attempt < 300 && child.exitCode === null; attempt += 1) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        health = { status: response.status, body: await response.json() };
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    expect(health, output).toMatchObject({ status: 200, body: { status: "ok", database: "pglite" } });

    child.kill("SIGTERM");
    expect(await exited, output).toBe(0);
  });
});
