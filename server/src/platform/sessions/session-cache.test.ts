import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testConfig } from "../../test/config.ts";
import { buildUser } from "../../test/factories.ts";
import { expectError, loginWith, sessionIdOf } from "../../test/http-helpers.ts";
import { useTestApp } from "../../test/test-app.ts";
import { SessionCache } from "./session-cache.ts";

// The cache as production runs it (tests elsewhere turn it off: they change rows behind the app's back).
const cacheSeconds = 30;
const t = useTestApp({ sessionPolicy: { ...testConfig().sessionPolicy, cacheSeconds } });

const sessionOfUser = (session: { cookie: string; csrfToken: string; userId: string; email: string }) =>
  t.request({ method: "GET", url: "/api/auth/session", session });

describe("sessions answered from memory (ADR 023)", () => {
  it("answers a session looked up lately without the database: removed behind the app's back, it still answers", async () => {
    const user = await buildUser(t.database.db, { role: "coordinator" });
    const session = await loginWith(t, user.email);
    expect((await sessionOfUser(session)).json().user).toMatchObject({ id: user.id });
    // What another process's logout looks like from here: the row is gone, this process does not know.
    await t.database.db.execute(sql`delete from sessions where id = ${sessionIdOf(session)}`);
    expect((await sessionOfUser(session)).json().user).toMatchObject({ id: user.id });
  });

  it("ends a session at once on logout in this process", async () => {
    const user = await buildUser(t.database.db);
    const session = await loginWith(t, user.email);
    expect((await t.request({ method: "GET", url: "/api/dashboard", session })).statusCode).toBe(200);
    expect((await t.request({ method: "POST", url: "/api/auth/logout", session })).statusCode).toBe(200);
    expectError(await t.request({ method: "GET", url: "/api/dashboard", session }), 401, "UNAUTHENTICATED");
  });

  it("ends a disabled user's sessions at once and shows a changed role and name on the next request", async () => {
    const admin = await loginWith(t, (await buildUser(t.database.db, { role: "admin" })).email);
    const user = await buildUser(t.database.db, { role: "coordinator" });
    const session = await loginWith(t, user.email);
    expect((await sessionOfUser(session)).json().user).toMatchObject({ role: "coordinator" });

    const changed = await t.request({
      method: "PATCH",
      url: `/api/users/${user.id}`,
      session: admin,
      payload: { role: "manager", displayName: "新しい 名前", version: 1 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await sessionOfUser(session)).json().user).toMatchObject({
      role: "manager",
      displayName: "新しい 名前",
    });

    const disabled = await t.request({
      method: "POST",
      url: `/api/users/${user.id}/disable`,
      session: admin,
    });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expectError(await t.request({ method: "GET", url: "/api/dashboard", session }), 401, "UNAUTHENTICATED");
  });
});

describe("SessionCache", () => {
  it("keeps an entry for its seconds only", () => {
    const cache = new SessionCache<string>();
    cache.set("s1", "u1", "alice", 2, cache.begin());
    expect(cache.get("s1")).toBe("alice");
    expect(cache.get("s1", Date.now() + 2_001)).toBeUndefined();
    expect(cache.get("s1")).toBeUndefined(); // the expired entry is gone
  });

  it("does not store a lookup that began before a forget (it may have read what was just changed)", () => {
    const cache = new SessionCache<string>();
    const began = cache.begin();
    cache.forgetUser("u1");
    cache.set("s1", "u1", "stale", 2, began);
    expect(cache.get("s1")).toBeUndefined();
  });

  it("forgets one session, or every session of a user, and stores nothing at 0 seconds", () => {
    const cache = new SessionCache<string>();
    cache.set("s1", "u1", "a", 5, cache.begin());
    cache.set("s2", "u1", "b", 5, cache.begin());
    cache.set("s3", "u2", "c", 5, cache.begin());
    cache.forgetSession("s3");
    expect(cache.get("s3")).toBeUndefined();
    cache.forgetUser("u1");
    expect([cache.get("s1"), cache.get("s2")]).toEqual([undefined, undefined]);
    cache.set("s4", "u2", "d", 0, cache.begin());
    expect(cache.get("s4")).toBeUndefined();
  });
});
