import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { lastSeenWriteSeconds } from "../../platform/sessions/sessions.ts";
import { buildUser } from "../../test/factories.ts";
import { expectError, loginWith, sessionIdOf, sessionRowsOf } from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";

const t = useTestApp();

/** Moves a session's clock: how long ago it was last seen, and when it expires (minutes from now). */
async function ageSession(
  session: Session,
  changes: { lastSeenMinutesAgo?: number; lastSeenSecondsAgo?: number; expiresInMinutes?: number },
) {
  const id = sessionIdOf(session);
  const seconds =
    changes.lastSeenSecondsAgo ??
    (changes.lastSeenMinutesAgo === undefined ? undefined : changes.lastSeenMinutesAgo * 60);
  if (seconds !== undefined) {
    await t.database.db.execute(
      sql`update sessions set last_seen_at = now() - make_interval(secs => ${seconds}) where id = ${id}`,
    );
  }
  if (changes.expiresInMinutes !== undefined) {
    await t.database.db.execute(
      sql`update sessions set expires_at = now() + make_interval(mins => ${changes.expiresInMinutes}) where id = ${id}`,
    );
  }
}

async function loggedInUser() {
  const user = await buildUser(t.database.db);
  return { user, session: await loginWith(t, user.email) };
}

const dashboard = (session: Session) => t.request({ method: "GET", url: "/api/dashboard", session });

describe("session lifetime", () => {
  it("ends a session left idle longer than sessionIdleMinutes", async () => {
    const { session } = await loggedInUser();
    expect((await dashboard(session)).statusCode).toBe(200);

    await ageSession(session, { lastSeenMinutesAgo: t.config.sessionIdleMinutes + 1 });

    expectError(await dashboard(session), 401, "UNAUTHENTICATED");
    const state = await t.request({ method: "GET", url: "/api/auth/session", session });
    expect(state.json().user).toBeNull();
  });

  it("keeps a session used within the idle limit and moves its last-seen time forward", async () => {
    const { user, session } = await loggedInUser();
    await ageSession(session, { lastSeenMinutesAgo: t.config.sessionIdleMinutes - 5 });

    expect((await dashboard(session)).statusCode).toBe(200);

    const [row] = await sessionRowsOf(t.database.db, user.id);
    expect(Date.now() - (row?.lastSeenAt.getTime() ?? 0)).toBeLessThan(60_000);
    // Refreshed, the session survives what would otherwise have been the idle limit.
    expect((await dashboard(session)).statusCode).toBe(200);
  });

  it("counts idleness from the last request to within a few seconds, not a minute", async () => {
    const { user, session } = await loggedInUser();
    const idleSeconds = t.config.sessionIdleMinutes * 60;
    // Used 30 seconds after the previous write: that request must move last_seen_at forward.
    await ageSession(session, { lastSeenSecondsAgo: 30 });
    expect((await dashboard(session)).statusCode).toBe(200);
    const [row] = await sessionRowsOf(t.database.db, user.id);
    expect(Date.now() - (row?.lastSeenAt.getTime() ?? 0)).toBeLessThan(lastSeenWriteSeconds * 1000 + 1000);

    // Then left idle: alive 2 seconds before the limit, gone a few seconds after it.
    await ageSession(session, { lastSeenSecondsAgo: idleSeconds - 2 });
    expect((await dashboard(session)).statusCode).toBe(200);
    await ageSession(session, { lastSeenSecondsAgo: idleSeconds + lastSeenWriteSeconds });
    expectError(await dashboard(session), 401, "UNAUTHENTICATED");
  });

  it("does not write last_seen_at on every request", async () => {
    const { user, session } = await loggedInUser();
    await ageSession(session, { lastSeenSecondsAgo: 1 });
    const [before] = await sessionRowsOf(t.database.db, user.id);
    expect((await dashboard(session)).statusCode).toBe(200);
    const [after] = await sessionRowsOf(t.database.db, user.id);
    expect(after?.lastSeenAt.getTime()).toBe(before?.lastSeenAt.getTime());
  });

  it("ends a session past its absolute lifetime even while it is in use", async () => {
    const { session } = await loggedInUser();
    await ageSession(session, { lastSeenMinutesAgo: 0, expiresInMinutes: -1 });

    expectError(await dashboard(session), 401, "UNAUTHENTICATED");
  });

  it("gives a new session an absolute lifetime of sessionAbsoluteHours", async () => {
    const { user } = await loggedInUser();
    const [row] = await sessionRowsOf(t.database.db, user.id);
    const lifetimeMs = (row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0);
    expect(Math.abs(lifetimeMs - t.config.sessionAbsoluteHours * 3_600_000)).toBeLessThan(60_000);
  });

  it("stores only a hash of the cookie's token", async () => {
    const { user, session } = await loggedInUser();
    const rows = await sessionRowsOf(t.database.db, user.id);
    expect(rows.map((row) => row.id)).toEqual([sessionIdOf(session)]);
    expect(session.cookie).not.toContain(rows[0]?.id);
    expect(rows[0]?.id).toMatch(/^[0-9a-f]{64}$/);
  });
});
