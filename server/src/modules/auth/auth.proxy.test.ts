import { describe, expect, it } from "vitest";
import { buildUser, testPassword } from "../../test/factories.ts";
import { attemptLogin, auditEventsWhere, cookieOf, sessionRowsOf } from "../../test/http-helpers.ts";
import { useTestApp } from "../../test/test-app.ts";

// Behind a TLS-terminating proxy (TRUST_PROXY=true): the proxy's headers say how the client connected.
const t = useTestApp({ trustProxy: true });

describe("login behind a trusted proxy", () => {
  it("marks the session and CSRF cookies Secure when the client came over https", async () => {
    const user = await buildUser(t.database.db);
    const response = await attemptLogin(t, user.email, testPassword, { "x-forwarded-proto": "https" });

    expect(response.statusCode, response.body).toBe(200);
    for (const name of ["otagai_session", "otagai_csrf"]) {
      const cookie = cookieOf(response, name);
      expect(cookie?.secure, name).toBe(true);
      expect(cookie?.httpOnly, name).toBe(true);
      expect(cookie?.sameSite, name).toBe("Lax");
      expect(cookie?.path, name).toBe("/");
    }
  });

  it("leaves the cookie without Secure when the proxy reports plain http", async () => {
    const user = await buildUser(t.database.db);
    const response = await attemptLogin(t, user.email, testPassword, { "x-forwarded-proto": "http" });
    expect(response.statusCode, response.body).toBe(200);
    expect(cookieOf(response, "otagai_session")?.secure).toBeFalsy();
  });

  it("records the client's address from x-forwarded-for", async () => {
    const user = await buildUser(t.database.db);
    const response = await attemptLogin(t, user.email, testPassword, {
      "x-forwarded-proto": "https",
      "x-forwarded-for": "198.51.100.7",
    });
    expect(response.statusCode, response.body).toBe(200);
    const [session] = await sessionRowsOf(t.database.db, user.id);
    expect(session?.clientAddress).toBe("198.51.100.7");
    const [entry] = await auditEventsWhere(t.database.db, { action: "login", recordId: user.id });
    expect(entry?.clientAddress).toBe("198.51.100.7");
  });
});
