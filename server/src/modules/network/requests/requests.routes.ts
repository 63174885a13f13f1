import type { Database } from "../../../platform/db/client.ts";
import type { RouteDefinition } from "../../../platform/http/route.ts";

/** The requests routes (issue 13). */
export function requestsRoutes(_db: Database): RouteDefinition[] {
  return [];
}
