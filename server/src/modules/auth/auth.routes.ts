import {
  changePasswordInputSchema,
  currentUserSchema,
  loginInputSchema,
  sessionStateSchema,
  updatePreferencesInputSchema,
} from "@otagai/shared/auth/schemas";
import type { Config } from "../../platform/config.ts";
import type { Database } from "../../platform/db/client.ts";
import { actorOf } from "../../platform/http/request-context.ts";
import { defineRoute } from "../../platform/http/route.ts";
import { cookieOptions, csrfTokenFor, csrfTokenOf, preSession } from "../../platform/http/security.ts";
import { deleteSession, sessionCookieName } from "../../platform/sessions/sessions.ts";
import * as service from "./auth.service.ts";

const tags = ["auth"];

export function authRoutes(db: Database, config: Config) {
  const idleTimeoutSeconds = config.sessionIdleMinutes * 60;
  return [
    defineRoute({
      method: "GET",
      url: "/api/auth/session",
      permission: "public",
      summary: "Who is logged in, and the CSRF token to send with changes",
      tags,
      schema: { response: { 200: sessionStateSchema } },
      handler: async ({ request, reply, user }) => ({
        user: user ? service.presentCurrentUser(user) : null,
        csrfToken: csrfTokenFor(request, reply),
        idleTimeoutSeconds,
      }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/auth/login",
      permission: "public",
      summary: "Log in with e-mail and password",
      tags,
      rateLimitPerMinute: (settings) => settings.loginRatePerMinute,
      schema: { body: loginInputSchema, response: { 200: sessionStateSchema } },
      handler: async ({ body, request, reply, user }) => {
        const result = await service.login(db, config, body, {
          clientAddress: request.ip,
          userAgent: request.headers["user-agent"] ?? null,
          log: request.log,
        });
        // Logging in over an existing session replaces it rather than leaving it alive behind the new cookie.
        if (user) await deleteSession(db, user.sessionId);
        // A browser-session cookie: closing the browser on a shared office PC ends it too; the
        // server enforces the idle and absolute limits either way.
        reply.setCookie(sessionCookieName, result.token, cookieOptions(request));
        // The CSRF token is now the new session's; the pre-session value is renewed as well, so a
        // token seen before login is useless after it, even once this session ends.
        preSession(request, reply, true);
        return { user: result.user, csrfToken: csrfTokenOf(result.token), idleTimeoutSeconds };
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/auth/logout",
      permission: "account.self",
      summary: "End this session",
      tags,
      schema: { response: { 200: sessionStateSchema } },
      handler: async ({ request, reply, user }) => {
        await service.logout(db, actorOf(request), user.sessionId);
        reply.clearCookie(sessionCookieName, cookieOptions(request));
        return { user: null, csrfToken: csrfTokenOf(preSession(request, reply, true)), idleTimeoutSeconds };
      },
    }),
    defineRoute({
      method: "POST",
      url: "/api/auth/password",
      permission: "account.self",
      summary: "Change one's own password (other sessions end)",
      tags,
      schema: { body: changePasswordInputSchema, response: { 204: undefined } },
      handler: async ({ body, request, user }) => {
        await service.changePassword(db, config, actorOf(request), user, body);
      },
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/auth/preferences",
      permission: "account.self",
      summary: "Save one's own preferences (language)",
      tags,
      schema: { body: updatePreferencesInputSchema, response: { 200: currentUserSchema } },
      handler: ({ body, request, user }) =>
        service.updatePreferences(db, actorOf(request), user, body.locale),
    }),
  ];
}
