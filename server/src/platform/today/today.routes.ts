import { todaySchema } from "@otagai/shared/today/schemas";
import { accessScopeOf } from "../access/access-scope.ts";
import type { Database } from "../db/client.ts";
import { actorOf } from "../http/request-context.ts";
import { defineRoute } from "../http/route.ts";
import { findTodayItems } from "./today.service.ts";
import type { TodayProvider } from "./today-provider.ts";

/** The dashboard's "today" list, from the providers the areas registered (modules/today-providers.ts). */
export function todayRoutes(db: Database, providers: readonly TodayProvider[]) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/today",
      permission: "dashboard.read",
      summary: "What the caller should do today: plans due for review, conferences waiting, and more",
      tags: ["dashboard"],
      schema: { response: { 200: todaySchema } },
      handler: ({ request, user }) => findTodayItems(db, actorOf(request), accessScopeOf(user), providers),
    }),
  ];
}
