// npm start's build step: the web app (Vite) and the server bundle (esbuild) are rebuilt only when
// their sources changed since the last build. Each build leaves a hash of the sources it was built
// from beside its output (web/dist/.build-hash, server/dist/.build-hash); a start compares it with
// the sources now. Builds take a lock, so processes started together build once.
//
//   node scripts/build-if-changed.mjs           both
//   node scripts/build-if-changed.mjs server    one of them
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Folders never read: installed packages, build output. Test files do not change a build either. */
const skippedFolders = new Set(["node_modules", "dist", ".git"]);
const testFile = /\.test\.[cm]?[jt]sx?$/;

/**
 * What each build reads. web/vite.config.ts imports bench/bundle-size.ts: a new import from outside
 * web/ and shared/ belongs here too.
 */
export const buildTargets = {
  web: {
    sources: [
      "web",
      "shared",
      "bench/bundle-size.ts",
      "tsconfig.base.json",
      "package.json",
      "package-lock.json",
    ],
    stamp: "web/dist/.build-hash",
    build: buildWeb,
  },
  server: {
    sources: [
      "server",
      "shared",
      "tsconfig.base.json",
      "package.json",
      "package-lock.json",
      "scripts/build-if-changed.mjs",
    ],
    stamp: "server/dist/.build-hash",
    build: buildServer,
  },
};

/** SHA-256 over the relative path and content of every source file, in a fixed order. */
export function sourceHash(root, sources) {
  const hash = createHash("sha256");
  // The server bundle holds absolute paths (see buildServer): a moved checkout rebuilds.
  hash.update(`root\0${root}\0`);
  const files = [];
  const visit = (relative) => {
    const full = path.join(root, relative);
    let stat;
    try {
      stat = fs.statSync(full);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) {
        if (!skippedFolders.has(name)) visit(path.join(relative, name));
      }
    } else if (stat.isFile() && !testFile.test(relative)) {
      files.push(relative);
    }
  };
  for (const source of sources) visit(source);
  for (const file of files.sort()) {
    hash.update(`${file.split(path.sep).join("/")}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function readStamp(file) {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
}

function buildWeb(root) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // Always a production build: NODE_ENV=development or test for the server must not give the
  // browser React's development build (larger, slower), nor a build the budget refuses.
  const result = spawnSync(npm, ["run", "build", "-w", "web"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("The web app's build failed (npm run build -w web).");
}

/**
 * One ESM file, server/dist/server.mjs, from server/src and shared/src; installed packages stay
 * imports. Running it needs no TypeScript loader, which saves about 70 MB per process (ADR 010).
 * Each module's import.meta.url becomes its source file's URL, so paths read beside a source file
 * (migrations, the web app's dist) stay what they are when the server runs from source.
 */
export async function buildServer(root, outDir = path.join(root, "server/dist")) {
  const esbuild = await import("esbuild");
  try {
    const result = await esbuild.build({
      entryPoints: [path.join(root, "server/src/server.ts")],
      absWorkingDir: root,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20.19",
      outfile: path.join(outDir, "server.mjs"),
      sourcemap: "linked",
      write: false,
      logLevel: "warning",
      banner: { js: "// Built by scripts/build-if-changed.mjs from server/src and shared/src: do not edit." },
      plugins: [
        {
          name: "otagai-packages-external",
          setup(build) {
            // Our own workspace (@otagai/shared) is compiled in; every installed package is imported.
            build.onResolve({ filter: /^[^./]/ }, (args) =>
              args.path.startsWith("@otagai/") ? undefined : { path: args.path, external: true },
            );
          },
        },
        {
          name: "otagai-source-urls",
          setup(build) {
            build.onLoad({ filter: /\.ts$/ }, async (args) => {
              const source = await fs.promises.readFile(args.path, "utf8");
              const url = JSON.stringify(pathToFileURL(args.path).href);
              return {
                contents: source
                  .replaceAll("import.meta.url", url)
                  .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
                  .replaceAll("import.meta.filename", JSON.stringify(args.path)),
                loader: "ts",
              };
            });
          },
        },
      ],
    });
    fs.mkdirSync(outDir, { recursive: true });
    // Written beside, then renamed over: a process starting from the old bundle never reads half a file.
    for (const file of result.outputFiles) {
      const temporary = `${file.path}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, file.contents);
      fs.renameSync(temporary, file.path);
    }
  } finally {
    await esbuild.stop();
  }
}

/** A lock between processes building at once (several app processes started together). */
async function withBuildLock(root, work) {
  const lockPath = path.join(
    os.tmpdir(),
    `otagai-build-${createHash("sha256").update(root).digest("hex").slice(0, 16)}.lock`,
  );
  for (;;) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(readStamp(lockPath));
      const ours = holder === process.pid && heldLocks.has(lockPath);
      if (ours || (holder && holder !== process.pid && isAlive(holder))) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      } else {
        // Left by a build that was killed: take it over.
        fs.rmSync(lockPath, { force: true });
      }
    }
  }
  heldLocks.add(lockPath);
  try {
    return await work();
  } finally {
    heldLocks.delete(lockPath);
    fs.rmSync(lockPath, { force: true });
  }
}

/** Build locks this process holds: another build in the same process waits too. */
const heldLocks = new Set();

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/**
 * Builds each of `names` whose sources changed since its last build. Returns what it did per target:
 * "built" or "unchanged".
 */
export async function buildIfChanged({
  root = repositoryRoot,
  targets = buildTargets,
  names = Object.keys(targets),
  log = console.log,
} = {}) {
  return withBuildLock(root, async () => {
    const done = {};
    for (const name of names) {
      const target = targets[name];
      if (!target) throw new Error(`Unknown build target: ${name}`);
      const stampPath = path.join(root, target.stamp);
      // Hashed before building: a source changed during the build is seen by the next start.
      const hash = sourceHash(root, target.sources);
      if (readStamp(stampPath) === hash) {
        done[name] = "unchanged";
        continue;
      }
      log(`Building ${name} (its sources changed since the last build)…`);
      await target.build(root);
      fs.mkdirSync(path.dirname(stampPath), { recursive: true });
      fs.writeFileSync(stampPath, `${hash}\n`);
      done[name] = "built";
    }
    return done;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  try {
    await buildIfChanged(names.length > 0 ? { names } : {});
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
