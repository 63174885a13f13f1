import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../modules/users/users.tables.ts";
import { snapshotData, snapshotDataWhenWritten } from "./database-snapshot.ts";
import { buildUser } from "./factories.ts";
import { useTestApp } from "./test-app.ts";

const t = useTestApp();

describe("the fuzz's data fingerprint", () => {
  it("is the full fingerprint, computed again after any write and only then", async () => {
    const db = t.database.db;
    const user = await buildUser(db, { role: "staff" });
    // On a server, other test files' transactions move the mark too (a recount, never a wrong
    // answer): the counts are exact on PGlite, where this file is alone.
    const alone = !process.env.TEST_DATABASE_URL;
    const expectComputed = (times: number) => {
      if (alone) expect(computed).toBe(times);
      else expect(computed).toBeGreaterThanOrEqual(times);
    };
    let computed = 0;
    const snapshot = snapshotDataWhenWritten(t.database, (database) => {
      computed += 1;
      return snapshotData(database);
    });
    const first = await snapshot();
    expect(first).toBe(await snapshotData(t.database));
    expect(await snapshot()).toBe(first);
    expectComputed(1);

    await db.update(users).set({ displayName: "書き換え 太郎" }).where(eq(users.id, user.id));
    const afterWrite = await snapshot();
    expectComputed(2);
    expect(afterWrite).not.toBe(first);
    expect(afterWrite).toBe(await snapshotData(t.database));
    expect(await snapshot()).toBe(afterWrite);
    expectComputed(2);
  });
});
