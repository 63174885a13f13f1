import { type Dashboard, dashboardSchema } from "@otagai/shared/dashboard/schemas";
import type { Role } from "@otagai/shared/platform/permissions";
import type { Config } from "../../platform/config.ts";
import type { Database } from "../../platform/db/client.ts";
import { defineRoute } from "../../platform/http/route.ts";
import { countDashboardFigures } from "./dashboard.repository.ts";

export function dashboardRoutes(db: Database, config: Config) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/dashboard",
      permission: "dashboard.read",
      summary: "Counts for the home screen",
      tags: ["dashboard"],
      schema: { response: { 200: dashboardSchema } },
      handler: async ({ user }): Promise<Dashboard> => {
        const figures = await countDashboardFigures(db, config.sessionIdleMinutes);
        return {
          activeUsers: figures.byRole.reduce((sum, row) => sum + row.count, 0),
          usersByRole: figures.byRole.map((row) => ({ role: row.role as Role, count: row.count })),
          programs: figures.programs,
          activeSessions: figures.activeSessions,
          auditEventsToday: figures.auditEventsToday,
          lastLoginAt: user.previousLoginAt?.toISOString() ?? null,
        };
      },
    }),
  ];
}
