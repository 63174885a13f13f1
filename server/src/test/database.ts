import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import { createPglite, type DatabaseHandle, openPostgres, wrapPglite } from "../platform/db/client.ts";
import { schemaStatements } from "../platform/db/identifiers.ts";
import { migrate } from "../platform/db/migrate.ts";

/**
 * A migrated database in a schema of its own. On PGlite, one instance per test worker (opening
 * takes seconds) is shared by the files that worker runs; with TEST_DATABASE_URL, a real
 * PostgreSQL server. Closing drops the schema, so runs never collide or leave rows behind.
 */
export async function openTestDatabase(): Promise<DatabaseHandle & { schema: string }> {
  const schema = `test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const url = process.env.TEST_DATABASE_URL;
  let handle: DatabaseHandle;
  if (url) {
    const pooled = await openPostgres(url, 4, schema);
    handle = {
      ...pooled,
      close: async () => {
        await pooled.withRawSession((session) => session.exec(schemaStatements.drop(schema)));
        await pooled.close();
      },
    };
  } else {
    const client = await workerPglite();
    handle = await wrapPglite(client, schema, async () => {
      await client.exec("set search_path to public");
      await client.exec(schemaStatements.drop(schema));
    });
  }
  await migrate(handle);
  return { ...handle, schema };
}

const holder = globalThis as { otagaiWorkerPglite?: Promise<PGlite> };
function workerPglite(): Promise<PGlite> {
  holder.otagaiWorkerPglite ??= createPglite(undefined);
  return holder.otagaiWorkerPglite;
}
