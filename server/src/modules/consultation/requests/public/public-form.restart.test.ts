import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../../../../app.ts";
import { type DatabaseHandle, openPglite } from "../../../../platform/db/client.ts";
import { migrate } from "../../../../platform/db/migrate.ts";
import { testConfig } from "../../../../test/config.ts";
import { consultationRequests } from "../requests.tables.ts";
import { submitForm, validFields } from "./public-form.test-support.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openApp(dataDir: string) {
  const database: DatabaseHandle = await openPglite(dataDir);
  await migrate(database);
  const app = await buildApp({ config: testConfig({ dataDir, databaseUrl: undefined }), database });
  await app.ready();
  let open = true;
  const close = async () => {
    if (!open) return;
    open = false;
    await app.close();
    await database.close();
  };
  cleanups.push(close);
  return { app, database, close };
}

describe("the public form loses nothing valid", () => {
  it("keeps a request across a restart right after the thank-you page", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-request-restart-"));
    cleanups.push(() => fs.rmSync(root, { recursive: true, force: true }));
    const dataDir = path.join(root, "data");

    const first = await openApp(dataDir);
    const response = await submitForm(first, validFields({ name: "再起動 テスト", topic: "startup" }), {
      language: "easy_ja",
    });
    expect(response.statusCode, response.body).toBe(303);
    const thanks = await first.app.inject({ method: "GET", url: response.headers.location as string });
    expect(thanks.statusCode).toBe(200);
    // Stopped at once: no grace period, nothing flushed after the answer.
    await first.close();

    const second = await openApp(dataDir);
    const rows = await second.database.db.select().from(consultationRequests);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: "再起動 テスト",
      topic: "startup",
      language: "easy_ja",
      status: "new",
    });
  }, 60_000);
});
