import { type Permission, type Role, roleHas } from "@otagai/shared/platform/permissions";
import type { SQL } from "drizzle-orm";
import type { SessionUser } from "../sessions/sessions.ts";

/**
 * Record-level access (issue 10; ADR 014). Role permissions say what kind of thing a user may touch;
 * record policies say which records. The scope is what a policy needs to know of the user.
 *
 * A user limited to some programs (user_programs) reaches only the records of those programs; a
 * user with no program limit reaches every program's records their permissions allow.
 */
export type AccessScope = {
  userId: string;
  role: Role;
  /** The programs the user is limited to; empty: not limited. */
  programIds: readonly string[];
  /**
   * A partner user's workplace (ADR 019): a partner reaches only that workplace's placements, and
   * nothing when it has none. Internal users have none; it limits nothing for them.
   */
  workplaceId?: string | null;
};

export function accessScopeOf(
  user: Pick<SessionUser, "id" | "role" | "programIds"> & Partial<Pick<SessionUser, "workplaceId">>,
): AccessScope {
  return {
    userId: user.id,
    role: user.role,
    programIds: user.programIds,
    workplaceId: user.workplaceId ?? null,
  };
}

export function isLimitedToPrograms(scope: AccessScope): boolean {
  return scope.programIds.length > 0;
}

export function scopeMay(scope: AccessScope, permission: Permission): boolean {
  return roleHas(scope.role, permission);
}

/**
 * One entity's rule, in one place (modules/<area>/<entity>.policy.ts): a condition on the entity's
 * table that its repository adds to every query reading or changing rows, so a record outside the
 * scope is never loaded (and answers 404, like a record that does not exist).
 */
export type RecordPolicy = {
  /** The entity name, as in the audit trail and in routes' `records`. */
  entity: string;
  /** The SQL condition limiting the entity's rows to the scope; undefined when nothing limits it. */
  visibleTo(scope: AccessScope): SQL | undefined;
};
