import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { testConfig } from "../test/config.ts";
import { runCommand } from "../test/run-command.ts";
import { countScaleRecords } from "../test/scale/seed.ts";
import { openCliDatabase } from "./cli-database.ts";
import { refusalToSeed } from "./seed-scale-rules.ts";

// `npm run seed:scale`: fictional support data at scale in the embedded database, idempotent per
// size, never into production.

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dataDirEnv(): Record<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "otagai-seed-scale-test-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { DATA_DIR: path.join(dir, "data"), NODE_ENV: "development" };
}

describe("npm run seed:scale", () => {
  it("fills an empty embedded database, with the demo accounts to log in, and adds nothing the second time", {
    timeout: 240_000,
  }, async () => {
    const env = dataDirEnv();
    const first = await runCommand("seed-scale", ["--participants", "200"], env);
    expect(first.output).toContain("Demo data loaded");
    expect(first.output).toContain("Scale data now: 200 participants, 300 cases, 2,000 activities");
    expect(first.code, first.output).toBe(0);

    const second = await runCommand("seed-scale", ["--participants", "200"], env);
    expect(second.output).toContain("nothing to add");
    expect(second.output).not.toContain("Demo data loaded");
    expect(second.code, second.output).toBe(0);

    const database = await openCliDatabase({ env, migrate: false });
    try {
      const counts = await countScaleRecords(database.db);
      expect(counts).toMatchObject({ participants: 200, cases: 300, activities: 2000, workplaces: 10 });
      // One placement per first case that went active, up to 100.
      expect(counts.placements).toBeGreaterThan(40);
      expect(counts.placements).toBeLessThanOrEqual(100);
      // The demo coordinator (limited to two programs) leads some of the scale cases too.
      const result = await database.db.execute(sql`
        select count(*)::int as n from cases c join users u on u.id = c.lead_coordinator_id
        where u.email = 'coordinator@demo.otagai.example'`);
      expect((result as unknown as { rows: { n: number }[] }).rows[0]?.n).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  });

  it("refuses bad sizes", { timeout: 60_000 }, async () => {
    const bad = await runCommand("seed-scale", ["--participants", "many"], dataDirEnv());
    expect(bad.code).toBe(2);
    expect(bad.output).toContain("--participants");
  });

  it("refuses production, and a PostgreSQL server unless forced", () => {
    const config = testConfig();
    expect(refusalToSeed({ ...config, nodeEnv: "production", databaseUrl: undefined }, false)).toContain(
      "NODE_ENV=production",
    );
    expect(
      refusalToSeed({ ...config, nodeEnv: "development", databaseUrl: "postgres://x/y" }, false),
    ).toContain("--force");
    expect(refusalToSeed({ ...config, nodeEnv: "development", databaseUrl: undefined }, false)).toBeNull();
    expect(
      refusalToSeed({ ...config, nodeEnv: "production", databaseUrl: "postgres://x/y" }, true),
    ).toBeNull();
  });

  it("says so and writes nothing when NODE_ENV is production", { timeout: 60_000 }, async () => {
    const env = dataDirEnv();
    const refused = await runCommand("seed-scale", ["--participants", "10"], {
      ...env,
      NODE_ENV: "production",
    });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("本番");
    expect(fs.existsSync(path.join(env.DATA_DIR ?? "", "pglite"))).toBe(false);
  });
});
