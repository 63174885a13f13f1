import type { Database } from "../../../platform/db/client.ts";
import type { RouteDefinition } from "../../../platform/http/route.ts";

/** The members routes (issue 13). */
export function membersRoutes(_db: Database): RouteDefinition[] {
  return [];
}
