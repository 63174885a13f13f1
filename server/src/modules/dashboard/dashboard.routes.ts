import { type Dashboard, dashboardSchema } from "@otagai/shared/dashboard/schemas";
import { compareKana } from "@otagai/shared/japanese/gojuon";
import { type Role, roleHas } from "@otagai/shared/platform/permissions";
import type { Config } from "../../platform/config.ts";
import type { Database } from "../../platform/db/client.ts";
import { defineRoute } from "../../platform/http/route.ts";
import { countPeople, countSystemUse, findActiveProgramsOf } from "./dashboard.repository.ts";

export function dashboardRoutes(db: Database, config: Config) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/dashboard",
      permission: "dashboard.read",
      summary: "The home screen: the caller's programs, and the figures their role works with",
      tags: ["dashboard"],
      schema: { response: { 200: dashboardSchema } },
      handler: async ({ user }): Promise<Dashboard> => {
        // Each role is asked only for what it works on: the figures of other roles are not counted.
        const [programs, people, system] = await Promise.all([
          findActiveProgramsOf(db, user.id),
          roleHas(user.role, "users.read") ? countPeople(db) : null,
          roleHas(user.role, "audit.read") ? countSystemUse(db, config.sessionIdleMinutes) : null,
        ]);
        return {
          lastLoginAt: user.previousLoginAt?.toISOString() ?? null,
          myPrograms: programs
            .sort((a, b) => compareKana(a.nameKana || a.name, b.nameKana || b.name))
            .map(({ id, name }) => ({ id, name })),
          people: people && {
            activeUsers: people.byRole.reduce((sum, row) => sum + row.count, 0),
            usersByRole: people.byRole.map((row) => ({ role: row.role as Role, count: row.count })),
            activePrograms: people.activePrograms,
          },
          system,
        };
      },
    }),
  ];
}
