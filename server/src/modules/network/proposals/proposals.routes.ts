import type { Database } from "../../../platform/db/client.ts";
import type { RouteDefinition } from "../../../platform/http/route.ts";

/** The proposals routes (issue 13). */
export function proposalsRoutes(_db: Database): RouteDefinition[] {
  return [];
}
