import type { Database } from "../../../platform/db/client.ts";
import type { RouteDefinition } from "../../../platform/http/route.ts";

/** The prospects routes (issue 13). */
export function prospectsRoutes(_db: Database): RouteDefinition[] {
  return [];
}
