import { like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../../modules/users/users.tables.ts";
import { buildUser } from "../../test/factories.ts";
import { useTestApp } from "../../test/test-app.ts";
import { containsPattern, countUpTo } from "./list-page.ts";

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
