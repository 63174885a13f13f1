import { describe, expect, it } from "vitest";
import { buildUser } from "../../test/factories.ts";
import { useTestApp } from "../../test/test-app.ts";
import { importUploads } from "../import/import.tables.ts";
import { deleteExpiredRows, vacuumEmbedded } from "./maintenance.ts";

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

describe("clean-up of expired rows", () => {
  it("deletes import uploads past their time, keeping the others", async () => {
    const db = t.database.db;
    const user = await buildUser(db);
    const upload = (expiresAt: Date) => ({
      userId: user.id,
      kind: "participants",
      fileName: "名簿.xlsx",
      headers: ["氏名"],
      rows: [[2, ["試験 花子"]]] as [number, string[]][],
      rowCount: 1,
      expiresAt,
    });
    const [expired, current] = await db
      .insert(importUploads)
      .values([upload(new Date(Date.now() - 60_000)), upload(new Date(Date.now() + 3_600_000))])
      .returning({ id: importUploads.id });
    const result = await deleteExpiredRows(db);
    expect(result.uploads).toBeGreaterThanOrEqual(1);
    const left = (await db.select({ id: importUploads.id }).from(importUploads)).map((row) => row.id);
    expect(left).toContain(current?.id);
    expect(left).not.toContain(expired?.id);
  });
});
