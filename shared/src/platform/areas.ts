import type { Role } from "./permissions.ts";

/**
 * The areas of the product (brief: "Who uses Otagai"). Each is one folder on the server
 * (`server/src/modules/<area>`) and one in the web app (`web/src/features/<area>`).
 * `built: false` areas show a "coming" page until their issue lands.
 */
export const areas = [
  {
    key: "dashboard",
    path: "/",
    built: true,
    roles: ["admin", "manager", "coordinator", "consultant", "staff", "viewer"],
  },
  {
    key: "support",
    path: "/support",
    built: false,
    roles: ["admin", "manager", "coordinator", "viewer", "partner"],
  },
  {
    key: "consultation",
    path: "/consultation",
    built: false,
    roles: ["admin", "manager", "consultant", "coordinator", "viewer"],
  },
  {
    key: "network",
    path: "/network",
    built: false,
    roles: ["admin", "manager", "staff", "coordinator", "viewer"],
  },
  { key: "community", path: "/community", built: false, roles: ["admin", "manager", "staff", "viewer"] },
  { key: "recycling", path: "/recycling", built: false, roles: ["admin", "manager", "staff", "viewer"] },
  { key: "reports", path: "/reports", built: false, roles: ["admin", "manager", "coordinator", "viewer"] },
  { key: "publications", path: "/publications", built: false, roles: ["admin", "manager", "staff"] },
  { key: "admin", path: "/admin", built: true, roles: ["admin", "manager"] },
] as const satisfies readonly { key: string; path: string; built: boolean; roles: readonly Role[] }[];

export type AreaKey = (typeof areas)[number]["key"];

export function areasForRole(role: Role) {
  return areas.filter((area) => (area.roles as readonly Role[]).includes(role));
}
