import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openPostgres } from "./client.ts";

const testDatabaseUrl = process.env.TEST_DATABASE_URL;

describe("a PostgreSQL pool", () => {
  it.runIf(testDatabaseUrl)(
    "survives the server dropping its idle connections, and goes on working",
    async () => {
      const name = `otagai_pool_${randomBytes(4).toString("hex")}`;
      const database = await openPostgres(`${testDatabaseUrl}?application_name=${name}`, 2);
      const admin = await openPostgres(testDatabaseUrl as string, 1);
      try {
        await database.withRawSession((session) => session.query("select 1"));
        const [terminated] = await admin.withRawSession((session) =>
          session.query<{ count: number }>(
            "select count(pg_terminate_backend(pid))::int as count from pg_stat_activity where application_name = $1",
            [name],
          ),
        );
        expect(terminated?.count).toBeGreaterThan(0);
        await new Promise((resolve) => setTimeout(resolve, 200));
        const rows = await database.withRawSession((session) => session.query("select 2 as two"));
        expect(rows).toEqual([{ two: 2 }]);
      } finally {
        await database.close();
        await admin.close();
      }
    },
  );
});
