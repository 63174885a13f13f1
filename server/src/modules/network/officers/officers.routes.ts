import type { Database } from "../../../platform/db/client.ts";
import type { RouteDefinition } from "../../../platform/http/route.ts";

/** The officers routes (issue 13). */
export function officersRoutes(_db: Database): RouteDefinition[] {
  return [];
}
