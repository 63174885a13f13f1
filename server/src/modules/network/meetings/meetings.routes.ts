import type { Database } from "../../../platform/db/client.ts";
import type { RouteDefinition } from "../../../platform/http/route.ts";

/** The meetings routes (issue 13). */
export function meetingsRoutes(_db: Database): RouteDefinition[] {
  return [];
}
