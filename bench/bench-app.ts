// What every bench part does with the app: log a bench account in through the real routes, check
// an answer, and mark a case whose route is not in the tree yet.
import type { FastifyInstance } from "fastify";
import { testPassword } from "../server/src/test/factories.ts";
import type { Row } from "./measure.ts";

/** Logs `email` in (password testPassword) through the real login route: the headers of its session. */
export async function loginHeaders(app: FastifyInstance, email: string): Promise<Record<string, string>> {
  const anonymous = await app.inject({ method: "GET", url: "/api/auth/session" });
  const preSession = anonymous.cookies.find((cookie) => cookie.name === "otagai_csrf")?.value ?? "";
  const login = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    headers: { cookie: `otagai_csrf=${preSession}`, "x-csrf-token": anonymous.json().csrfToken },
    payload: { email, password: testPassword },
  });
  if (login.statusCode !== 200) throw new Error(`bench login failed: ${login.body}`);
  const session = login.cookies.find((cookie) => cookie.name === "otagai_session")?.value ?? "";
  return {
    cookie: `otagai_session=${session}; otagai_csrf=${preSession}`,
    "x-csrf-token": login.json().csrfToken,
  };
}

export function expectOk(response: { statusCode: number; body: string }, what: string): void {
  if (response.statusCode !== 200)
    throw new Error(`${what}: ${response.statusCode} ${response.body.slice(0, 300)}`);
}

export const notBuilt = (kind: string, name: string): Row => ({
  database: kind,
  case: `${name} — not built`,
  p50: Number.NaN,
  p95: Number.NaN,
  perSecond: Number.NaN,
});
