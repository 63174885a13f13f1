/**
 * Roles and permissions: the one list that the server's route definitions, the route × role
 * matrix test and the web app's navigation all read.
 */
export const roles = ["admin", "manager", "coordinator", "consultant", "staff", "partner", "viewer"] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  "account.self",
  "dashboard.read",
  "programs.read",
  "postalCodes.read",
  "users.read",
  "users.manage",
  "audit.read",
] as const;
export type Permission = (typeof permissions)[number];

/** A route reachable without a session declares this instead of a permission. */
export const PUBLIC = "public" as const;
export type RoutePermission = Permission | typeof PUBLIC;

const internalStaff: Permission[] = ["account.self", "dashboard.read", "programs.read", "postalCodes.read"];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [...permissions],
  manager: [...internalStaff, "users.read"],
  coordinator: internalStaff,
  consultant: internalStaff,
  staff: internalStaff,
  // An external partner workplace: its own placements only (built with the support area).
  partner: ["account.self"],
  // Read-only oversight.
  viewer: ["account.self", "dashboard.read", "programs.read"],
};

export function roleHas(role: Role, permission: RoutePermission): boolean {
  return permission === PUBLIC || rolePermissions[role].includes(permission);
}
