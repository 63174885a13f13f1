import type { Database } from "../../platform/db/client.ts";
import type { RouteDefinition } from "../../platform/http/route.ts";
import { meetingsRoutes } from "./meetings/meetings.routes.ts";
import { membersRoutes } from "./members/members.routes.ts";
import { officersRoutes } from "./officers/officers.routes.ts";
import { proposalsRoutes } from "./proposals/proposals.routes.ts";
import { prospectsRoutes } from "./prospects/prospects.routes.ts";
import { requestsRoutes } from "./requests/requests.routes.ts";

/** Every route of the network area (issue 13), by sub-area; app.ts registers them with the rest. */
export function networkRoutes(db: Database): RouteDefinition[] {
  return [
    ...membersRoutes(db),
    ...officersRoutes(db),
    ...prospectsRoutes(db),
    ...meetingsRoutes(db),
    ...requestsRoutes(db),
    ...proposalsRoutes(db),
  ];
}
