import { describe, expect, it } from "vitest";
import { buildUser } from "../../test/factories.ts";
import { useTestApp } from "../../test/test-app.ts";
import { vacuumEmbedded } from "./maintenance.ts";

const t = useTestApp();

describe.skipIf(process.env.TEST_DATABASE_URL)("maintenance of the embedded database", () => {
  it("vacuums and analyzes, so index-only scans need no heap reads", async () => {
    for (let i = 0; i < 50; i += 1) await buildUser(t.database.db);
    const allVisible = async () => {
      const [row] = await t.database.withRawSession((session) =>
        session.query<{ pages: number }>(
          "select relallvisible as pages from pg_class where oid = 'users'::regclass",
        ),
      );
      return Number(row?.pages ?? 0);
    };
    expect(await allVisible()).toBe(0);
    await vacuumEmbedded(t.database);
    expect(await allVisible()).toBeGreaterThan(0);
  });
});
