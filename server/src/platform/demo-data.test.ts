import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../test/test-app.ts";
import { type DemoContribution, loadDemoContributions } from "./demo-data.ts";
import { todayInJapan } from "./japan-time.ts";

const t = useTestApp();

beforeAll(async () => {
  await t.database.db.execute(sql`create table demo_probe (area text not null, seen text not null)`);
});

async function probeRows() {
  const result = await t.database.db.execute<{ area: string; seen: string }>(
    sql`select area, seen from demo_probe order by ctid`,
  );
  return (result as unknown as { rows: { area: string; seen: string }[] }).rows;
}

async function isEmpty(db: typeof t.database.db) {
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from demo_probe`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]?.n === 0;
}

/** A contribution that writes what it found in the context, then adds its own entries. */
function probe(
  area: string,
  order: number,
  fill?: (context: Parameters<DemoContribution["load"]>[1]) => void,
) {
  return {
    area,
    order,
    async load(tx, context) {
      const seen = `${[...context.programIdByCode.keys()].join("+")}|${[...context.userIdByRole.keys()].join("+")}|${context.todayInJapan}`;
      await tx.execute(sql`insert into demo_probe (area, seen) values (${area}, ${seen})`);
      fill?.(context);
    },
  } satisfies DemoContribution;
}

describe("loadDemoContributions", () => {
  it("gives today's date in Japan: past 15:00 UTC it is already the next day", () => {
    expect(todayInJapan(new Date("2026-03-31T14:59:59Z"))).toBe("2026-03-31");
    expect(todayInJapan(new Date("2026-03-31T15:00:00Z"))).toBe("2026-04-01");
  });

  it("leaves everything unwritten when one area fails, and names it", async () => {
    const failing: DemoContribution = {
      area: "broken",
      order: 50,
      load: async () => {
        throw new Error("no such program");
      },
    };
    await expect(
      loadDemoContributions(t.database.db, [probe("first", 10), failing], isEmpty),
    ).rejects.toThrow(/demo data of broken failed: no such program/);
    expect(await probeRows()).toEqual([]);
  });

  it("runs the areas in order (ties in list order), each seeing what the earlier ones filled in", async () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const loaded = await loadDemoContributions(
      t.database.db,
      [
        probe("support", 30),
        probe("accounts", 20, (context) => context.userIdByRole.set("coordinator", "u1")),
        probe("programs", 10, (context) => context.programIdByCode.set("yokohama", "p1")),
        probe("network", 30),
      ],
      isEmpty,
      now,
    );
    expect(loaded).toBe(true);
    expect(await probeRows()).toEqual([
      { area: "programs", seen: "||2026-06-01" },
      { area: "accounts", seen: "yokohama||2026-06-01" },
      { area: "support", seen: "yokohama|coordinator|2026-06-01" },
      { area: "network", seen: "yokohama|coordinator|2026-06-01" },
    ]);
  });

  it("does nothing on a database that is not empty", async () => {
    let ran = false;
    const loaded = await loadDemoContributions(
      t.database.db,
      [
        {
          area: "again",
          order: 1,
          load: async () => {
            ran = true;
          },
        },
      ],
      isEmpty,
    );
    expect(loaded).toBe(false);
    expect(ran).toBe(false);
  });
});
