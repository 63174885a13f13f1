import {
  createUserInputSchema,
  findUsersQuerySchema,
  resetPasswordInputSchema,
  updateUserInputSchema,
  userIdParamsSchema,
  userPageSchema,
  userSchema,
} from "@otagai/shared/users/schemas";
import type { Database } from "../../platform/db/client.ts";
import { actorOf } from "../../platform/http/request-context.ts";
import { defineRoute } from "../../platform/http/route.ts";
import * as service from "./users.service.ts";

const tags = ["users"];

export function usersRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/users",
      permission: "users.read",
      summary: "List and search user accounts",
      tags,
      schema: { querystring: findUsersQuerySchema, response: { 200: userPageSchema } },
      handler: ({ query, request }) => service.findUsers(db, actorOf(request), query),
    }),
    defineRoute({
      method: "POST",
      url: "/api/users",
      permission: "users.manage",
      summary: "Create a user account",
      tags,
      schema: { body: createUserInputSchema, response: { 201: userSchema } },
      handler: ({ body, request }) => service.createUser(db, actorOf(request), body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/users/:id",
      permission: "users.read",
      summary: "One user account",
      tags,
      schema: { params: userIdParamsSchema, response: { 200: userSchema } },
      handler: ({ params, request }) => service.getUser(db, actorOf(request), params.id),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/users/:id",
      permission: "users.manage",
      summary: "Change a user's name, role, language or programs (version-checked)",
      tags,
      schema: { params: userIdParamsSchema, body: updateUserInputSchema, response: { 200: userSchema } },
      handler: ({ params, body, request, user }) =>
        service.updateUser(db, { ...actorOf(request), id: user.id }, params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/users/:id/disable",
      permission: "users.manage",
      summary: "Disable a user account and end its sessions",
      tags,
      schema: { params: userIdParamsSchema, response: { 200: userSchema } },
      handler: ({ params, request, user }) =>
        service.setUserStatus(db, { ...actorOf(request), id: user.id }, params.id, "disabled"),
    }),
    defineRoute({
      method: "POST",
      url: "/api/users/:id/enable",
      permission: "users.manage",
      summary: "Re-enable a disabled user account",
      tags,
      schema: { params: userIdParamsSchema, response: { 200: userSchema } },
      handler: ({ params, request, user }) =>
        service.setUserStatus(db, { ...actorOf(request), id: user.id }, params.id, "active"),
    }),
    defineRoute({
      method: "POST",
      url: "/api/users/:id/unlock",
      permission: "users.manage",
      summary: "Lift the lock left by failed logins",
      tags,
      schema: { params: userIdParamsSchema, response: { 200: userSchema } },
      handler: ({ params, request, user }) =>
        service.unlockUser(db, { ...actorOf(request), id: user.id }, params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/users/:id/password",
      permission: "users.manage",
      summary: "Set a new password for a user (ends their sessions)",
      tags,
      schema: { params: userIdParamsSchema, body: resetPasswordInputSchema, response: { 204: undefined } },
      handler: async ({ params, body, request, user }) => {
        await service.resetUserPassword(
          db,
          { ...actorOf(request), id: user.id },
          params.id,
          body.newPassword,
        );
      },
    }),
  ];
}
