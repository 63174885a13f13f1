import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import type { DatabaseHandle } from "./platform/db/client.ts";
import { testConfig } from "./test/config.ts";
import { openTestDatabase } from "./test/database.ts";

// The web app served by the app itself (no proxy in front): the build's .br and .gz copies go out
// to browsers that accept them, so the first page is not a megabyte of plain JavaScript.

const script = `export const greeting = "${"おたがい ".repeat(2000)}";\n`;
const html = `<!doctype html><html lang="ja"><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>`;
let webDist: string;
let database: DatabaseHandle;
let app: FastifyInstance;

beforeAll(async () => {
  webDist = await mkdtemp(path.join(tmpdir(), "otagai-web-"));
  await mkdir(path.join(webDist, "assets"));
  for (const [name, content] of [
    ["index.html", html],
    ["assets/app-abc123.js", script],
  ] as const) {
    await writeFile(path.join(webDist, name), content);
    await writeFile(path.join(webDist, `${name}.br`), brotliCompressSync(content));
    await writeFile(path.join(webDist, `${name}.gz`), gzipSync(content));
  }
  database = await openTestDatabase();
  app = await buildApp({ config: testConfig(), database, webDist });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await database?.close();
  await rm(webDist, { recursive: true, force: true });
});

function get(url: string, acceptEncoding?: string) {
  return app.inject({
    method: "GET",
    url,
    headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {},
  });
}

describe("the built web app, precompressed", () => {
  it("sends brotli to a browser that takes br and gzip", async () => {
    const response = await get("/assets/app-abc123.js", "br, gzip");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.headers["cache-control"]).toContain("immutable");
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
    expect(response.rawPayload.length).toBeLessThan(script.length / 10);
  });

  it("sends gzip to a browser that takes only gzip, and the plain file to one that takes neither", async () => {
    const gzipped = await get("/assets/app-abc123.js", "gzip, deflate");
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(script);

    const plain = await get("/assets/app-abc123.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it("compresses the page of an app route (served by index.html) too, and keeps it uncached", async () => {
    for (const url of ["/", "/admin/users"]) {
      const response = await get(url, "br, gzip");
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-encoding"], url).toBe("br");
      expect(response.headers["cache-control"], url).toBe("no-cache");
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(html);
    }
  });
});
