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
    const snapshot = snapshotDataWhenWritten(t.database);
    const first = await snapshot();
    expect(first).toBe(await snapshotData(t.database));
    expect(await snapshot()).toBe(first);

    await db.update(users).set({ displayName: "書き換え 太郎" }).where(eq(users.id, user.id));
    const afterWrite = await snapshot();
    expect(afterWrite).not.toBe(first);
    expect(afterWrite).toBe(await snapshotData(t.database));

    // A write the fingerprint does not cover changes the mark, not the fingerprint.
    await t.database.withRawSession((session) => session.exec("create temporary table zz_mark (n int)"));
    expect(await snapshot()).toBe(afterWrite);
  });
});
