// npm run typecheck: the four TypeScript projects, two at a time (each tsc uses one core; run one
// after another they took ~90 s on 2 cores, two at a time ~65 s). Each project's errors are printed
// together, then whether it passed; the exit code is 1 when any failed.
import { spawn } from "node:child_process";

const projects = ["server", "web", "shared", "e2e"];
const lanes = 2;

function check(project) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn("npx", ["tsc", "-p", project], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", (error) => {
      console.log(`tsc -p ${project}: could not start (${error.message})`);
      resolve(false);
    });
    child.on("close", (code) => {
      if (output) process.stdout.write(output);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`tsc -p ${project}: ${code === 0 ? "ok" : "FAILED"} in ${seconds} s`);
      resolve(code === 0);
    });
  });
}

const queue = [...projects];
const results = await Promise.all(
  Array.from({ length: lanes }, async () => {
    const passed = [];
    for (let project = queue.shift(); project; project = queue.shift()) passed.push(await check(project));
    return passed.every(Boolean);
  }),
);
process.exit(results.every(Boolean) ? 0 : 1);
