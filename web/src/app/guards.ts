import type { CurrentUser } from "@otagai/shared/auth/schemas";
import { type AreaKey, areas, areasForRole } from "@otagai/shared/platform/areas";
import { type Permission, roleHas } from "@otagai/shared/platform/permissions";

/** Thrown by a route's beforeLoad when the role may not open it; the route shows "no permission". */
export class ForbiddenError extends Error {
  constructor() {
    super("forbidden");
    this.name = "ForbiddenError";
  }
}

export function requirePermission(user: CurrentUser, ...permissions: Permission[]) {
  if (!permissions.some((permission) => roleHas(user.role, permission))) throw new ForbiddenError();
}

export function canSeeArea(user: CurrentUser, key: AreaKey): boolean {
  return areasForRole(user.role).some((area) => area.key === key);
}

export function requireArea(user: CurrentUser, key: AreaKey) {
  if (!canSeeArea(user, key)) throw new ForbiddenError();
}

export function areaByKey(key: AreaKey) {
  const area = areas.find((candidate) => candidate.key === key);
  if (!area) throw new Error(`unknown area ${key}`);
  return area;
}
