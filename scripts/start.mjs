// npm start: build the web app and the server bundle if their sources changed, then run the server
// from its bundle in this same process (so signals reach it directly). ADR 010.
import { buildIfChanged } from "./build-if-changed.mjs";

try {
  await buildIfChanged();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
await import("../server/dist/server.mjs");
