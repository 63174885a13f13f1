import { type Permission, type Role, roleHas } from "./permissions.ts";

/**
 * The areas of the product (brief: "Who uses Otagai"). Each is one folder on the server
 * (`server/src/modules/<area>`) and one in the web app (`web/src/features/<area>`). Who sees an
 * area follows from the permission it needs, so navigation and the server's checks cannot drift.
 * `built: false` areas show a "coming" page until their issue lands.
 */
export const areas = [
  { key: "dashboard", path: "/", built: true, permission: "dashboard.read" },
  { key: "support", path: "/support", built: true, permission: "support.read" },
  { key: "consultation", path: "/consultation", built: true, permission: "consultations.read" },
  { key: "network", path: "/network", built: true, permission: "network.read" },
  { key: "community", path: "/community", built: false, permission: "community.read" },
  { key: "recycling", path: "/recycling", built: false, permission: "recycling.read" },
  { key: "reports", path: "/reports", built: true, permission: "reports.read" },
  { key: "publications", path: "/publications", built: false, permission: "publications.read" },
  { key: "admin", path: "/admin", built: true, permission: "users.read" },
  // A partner workplace's own view (issue 11): its placements, attendance and evaluations.
  { key: "portal", path: "/portal", built: true, permission: "portal.use" },
] as const satisfies readonly { key: string; path: string; built: boolean; permission: Permission }[];

export type AreaKey = (typeof areas)[number]["key"];

export function areasForRole(role: Role) {
  return areas.filter((area) => roleHas(role, area.permission));
}
