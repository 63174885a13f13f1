// Regenerates shared/src/japanese/phone-metadata.jp.json from the installed libphonenumber-js
// ("max" data: exact patterns per number type). Run after updating the package:
//   node --import tsx shared/scripts/phone-metadata.ts
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import metadata from "libphonenumber-js/metadata.max.json";
import { jpMetadataOf } from "../src/japanese/phone-metadata.ts";

const target = fileURLToPath(new URL("../src/japanese/phone-metadata.jp.json", import.meta.url));
writeFileSync(target, JSON.stringify(jpMetadataOf(metadata)));
execFileSync("npx", ["biome", "format", "--write", target], { stdio: "inherit" });
console.log(`Wrote ${target}`);
