import type { Role } from "@otagai/shared/platform/permissions";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { buildApp } from "../app.ts";
import type { Config } from "../platform/config.ts";
import type { DatabaseHandle } from "../platform/db/client.ts";
import { testConfig } from "./config.ts";
import { openTestDatabase } from "./database.ts";
import { buildUser, testPassword } from "./factories.ts";

export type Session = { cookie: string; csrfToken: string; userId: string; email: string };

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  /** A new user of `role`, logged in through the real login route. */
  loginAs(role: Role, overrides?: Parameters<typeof buildUser>[1]): Promise<Session>;
  /** A new session of an existing user, through the real login route. */
  loginWith(email: string, password?: string): Promise<Session>;
  /** An anonymous client's CSRF token and cookie. */
  anonymous(): Promise<Session>;
  request(options: InjectOptions & { session?: Session }): Promise<LightMyRequestResponse>;
};

function cookiesOf(response: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(response.cookies.map((cookie) => [cookie.name, cookie.value]));
}

/** One app over one migrated schema for the whole test file. */
export function useTestApp(
  configOverrides: Partial<Config> = {},
  appOptions: Pick<Parameters<typeof buildApp>[0], "logStream"> = {},
): TestApp {
  const state = {} as { app: FastifyInstance; database: DatabaseHandle; config: Config };
  beforeAll(async () => {
    state.database = await openTestDatabase();
    state.config = testConfig(configOverrides);
    state.app = await buildApp({ ...appOptions, config: state.config, database: state.database });
    await state.app.ready();
  });
  afterAll(async () => {
    await state.app?.close();
    await state.database?.close();
  });

  const request: TestApp["request"] = ({ session, headers, ...options }) =>
    state.app.inject({
      ...options,
      headers: {
        ...(session ? { cookie: session.cookie, "x-csrf-token": session.csrfToken } : {}),
        ...headers,
      },
    });

  async function anonymous(): Promise<Session> {
    const response = await state.app.inject({ method: "GET", url: "/api/auth/session" });
    const cookies = cookiesOf(response);
    return {
      cookie: `otagai_csrf=${cookies.otagai_csrf}`,
      csrfToken: response.json().csrfToken,
      userId: "",
      email: "",
    };
  }

  return {
    get app() {
      return state.app;
    },
    get database() {
      return state.database;
    },
    get config() {
      return state.config;
    },
    anonymous,
    request,
    async loginAs(role, overrides = {}) {
      const user = await buildUser(state.database.db, { role, ...overrides });
      return this.loginWith(user.email);
    },
    async loginWith(email, password = testPassword) {
      const anon = await anonymous();
      const response = await request({
        method: "POST",
        url: "/api/auth/login",
        session: anon,
        payload: { email, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`login failed: ${response.statusCode} ${response.body}`);
      const cookies = cookiesOf(response);
      return {
        cookie: `otagai_session=${cookies.otagai_session}; otagai_csrf=${cookies.otagai_csrf}`,
        csrfToken: response.json().csrfToken,
        userId: response.json().user.id,
        email,
      };
    },
  };
}
