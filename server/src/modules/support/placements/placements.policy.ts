import { eq, type SQL, sql } from "drizzle-orm";
import type { AccessScope, RecordPolicy } from "../../../platform/access/access-scope.ts";
import { caseVisibleTo } from "../cases/cases.policy.ts";
import { placements } from "./placements.tables.ts";

/**
 * Which placements a user reaches (ADR 014, ADR 019): a partner user, only those at its own
 * workplace (none without one); anyone else, those of the cases they reach. Queries using it join
 * the placement's case.
 */
export function placementVisibleTo(scope: AccessScope): SQL | undefined {
  if (scope.role === "partner")
    return scope.workplaceId ? eq(placements.workplaceId, scope.workplaceId) : sql`false`;
  return caseVisibleTo(scope);
}

export const placementPolicy: RecordPolicy = { entity: "placement", visibleTo: placementVisibleTo };
