import { healthSchema } from "@otagai/shared/health/schemas";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "../../platform/db/client.ts";
import { defineRoute } from "../../platform/http/route.ts";

export function healthRoutes(database: DatabaseHandle) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/health",
      permission: "public",
      summary: "Liveness and database reachability (for the proxy's health check)",
      tags: ["health"],
      schema: { response: { 200: healthSchema } },
      handler: async () => {
        await database.db.execute(sql`select 1`);
        return { status: "ok" as const, database: database.kind };
      },
    }),
  ];
}
