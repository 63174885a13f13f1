import { asc, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../../modules/users/users.tables.ts";
import { buildUser } from "../../test/factories.ts";
import { useTestApp } from "../../test/test-app.ts";
import { cappedCountColumn, containsPattern, countUpTo, listCountCap, totalOfPage } from "./list-page.ts";

const t = useTestApp();

describe("the shared list shape", () => {
  it("counts matches exactly up to the cap, and says when there are more", async () => {
    for (let i = 0; i < 5; i += 1)
      await buildUser(t.database.db, { email: `capped-${i}@test.otagai.example` });
    const where = like(users.email, containsPattern("capped-"));
    expect(await countUpTo(t.database.db, users, where, 10)).toEqual({ total: 5, totalCapped: false });
    expect(await countUpTo(t.database.db, users, where, 5)).toEqual({ total: 5, totalCapped: false });
    expect(await countUpTo(t.database.db, users, where, 4)).toEqual({ total: 4, totalCapped: true });
  });

  it("counts beside the page in the same statement, and counts apart only past the last page", async () => {
    for (let i = 0; i < 5; i += 1)
      await buildUser(t.database.db, { email: `beside-${i}@test.otagai.example` });
    const db = t.database.db;
    const pageOf = async (pattern: string, page: number) => {
      const where = like(users.email, containsPattern(pattern));
      const rows = await db
        .select({ email: users.email, matches: cappedCountColumn(users, where) })
        .from(users)
        .where(where)
        .orderBy(asc(users.email))
        .limit(2)
        .offset((page - 1) * 2);
      let countedApart = false;
      const total = await totalOfPage(rows, page, () => {
        countedApart = true;
        return countUpTo(db, users, where);
      });
      return { emails: rows.map((row) => row.email), total, countedApart };
    };
    expect(await pageOf("beside-", 1)).toEqual({
      emails: ["beside-0@test.otagai.example", "beside-1@test.otagai.example"],
      total: { total: 5, totalCapped: false },
      countedApart: false,
    });
    expect((await pageOf("beside-", 3)).emails).toEqual(["beside-4@test.otagai.example"]);
    expect(await pageOf("beside-", 4)).toEqual({
      emails: [],
      total: { total: 5, totalCapped: false },
      countedApart: true,
    });
    expect(await pageOf("nobody-", 1)).toEqual({
      emails: [],
      total: { total: 0, totalCapped: false },
      countedApart: false,
    });
  });

  it("caps a count read off the page like one counted apart", async () => {
    expect(await totalOfPage([{ matches: String(listCountCap + 1) }], 1, () => Promise.reject())).toEqual({
      total: listCountCap,
      totalCapped: true,
    });
  });

  it("takes LIKE's wildcards in a search literally", async () => {
    await buildUser(t.database.db, { email: "per_cent%x@test.otagai.example" });
    await buildUser(t.database.db, { email: "percentax@test.otagai.example" });
    const where = like(users.email, containsPattern("_cent%"));
    expect(await countUpTo(t.database.db, users, where)).toEqual({ total: 1, totalCapped: false });
  });

  it("refuses pages past the bound with a field error instead of a slow skip", async () => {
    const admin = await t.loginAs("admin");
    const response = await t.request({ method: "GET", url: "/api/users?page=201", session: admin });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].path).toBe("querystring.page");
    const ok = await t.request({ method: "GET", url: "/api/users?page=200", session: admin });
    expect(ok.json()).toMatchObject({ items: [], page: 200, totalCapped: false });
  });
});
