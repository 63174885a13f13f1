/**
 * Roles and permissions: the one list that the server's route definitions, the route × role
 * matrix test and the web app's navigation all read.
 */
export const roles = ["admin", "manager", "coordinator", "consultant", "staff", "partner", "viewer"] as const;
export type Role = (typeof roles)[number];

/** One per area of the brief: who may open it. Each area's own routes add finer permissions. */
const areaPermissions = [
  "support.read",
  "consultation.read",
  "network.read",
  "community.read",
  "recycling.read",
  "reports.read",
  "publications.read",
] as const;

export const permissions = [
  "account.self",
  "dashboard.read",
  "programs.read",
  "programs.manage",
  "postalCodes.read",
  // Support (issue 10). Which records: the user's programs (record policies, platform/access).
  "participants.read",
  "participants.write",
  /** The sensitive section (health, disability, livelihood, benefits): its own permission. */
  "participants.sensitive",
  "participants.import",
  /** The duplicate finder and merging records: managers. */
  "participants.merge",
  "cases.read",
  "cases.write",
  // Partner workplaces (issue 11): organizations, not people served; everyone internal reads them.
  "workplaces.read",
  "workplaces.write",
  /** The partner portal: a partner user's own workplace's placements (users.workplace_id). */
  "portal.use",
  // The consultation desk (issue 12): desk roles; notes can be sensitive (reads audited).
  "consultations.read",
  "consultations.write",
  /** Regular consultation days, closed days and the desk's directories (agencies, advisors, start-up). */
  "desk.manage",
  /** Referrals to agencies and escalations to advisors, from a consultation or a case. */
  "referrals.read",
  "referrals.write",
  /** The inbox of requests from the public form (personal data: desk roles; reads audited). */
  "consultationRequests.handle",
  // The association's network (issue 13): every internal role with network.read reads it all (the
  // records are organizations, officers and meetings, not people served); these permissions change it.
  /** Member organizations, their dues, their import and export. */
  "members.write",
  "officers.write",
  /** The partner-workplace development pipeline (協力事業所の開拓). */
  "prospects.write",
  /** Meetings, their attendees and action items. */
  "meetings.write",
  /** Requests from inside and outside (諸資源の活用). */
  "networkRequests.write",
  /** Noticing an issue and linking consultations or cases as its evidence (desk and support too). */
  "policyIssues.write",
  /** Policy proposals: their figures, status and campaign history. */
  "proposals.write",
  // Reports and research (issue 14): reports.read reads figures (they name nobody); the records
  // behind a figure need participants.read and cases.read for the figure's program (ADR 014).
  /** Submitting a contract report to its municipality (its figures frozen) and reopening it. */
  "reports.submit",
  "users.read",
  "users.manage",
  "audit.read",
  ...areaPermissions,
] as const;
export type Permission = (typeof permissions)[number];

/** A route reachable without a session declares this instead of a permission. */
export const PUBLIC = "public" as const;
export type RoutePermission = Permission | typeof PUBLIC;

const internalStaff: Permission[] = ["account.self", "dashboard.read", "programs.read", "postalCodes.read"];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  // The portal is a partner workplace's own view: no internal role has a workplace to see it through.
  admin: permissions.filter((permission) => permission !== "portal.use"),
  manager: permissions.filter(
    (permission) =>
      permission !== "users.manage" && permission !== "audit.read" && permission !== "portal.use",
  ),
  coordinator: [
    ...internalStaff,
    "support.read",
    "consultation.read",
    "network.read",
    "reports.read",
    "participants.read",
    "participants.write",
    "participants.sensitive",
    "participants.import",
    "cases.read",
    "cases.write",
    "workplaces.read",
    "workplaces.write",
    // A participant's consultations at the desk, as history (the desk records them).
    "consultations.read",
    // A case is referred to an agency or escalated to an advisor by its coordinator too.
    "referrals.read",
    "referrals.write",
    // Coordinators develop partner workplaces, attend the meetings and notice policy issues.
    "prospects.write",
    "meetings.write",
    "policyIssues.write",
  ],
  // The desk finds and registers people (issue 12) but does not see the sensitive section.
  consultant: [
    ...internalStaff,
    "consultation.read",
    "participants.read",
    "consultations.read",
    "consultations.write",
    "desk.manage",
    "referrals.read",
    "referrals.write",
    "consultationRequests.handle",
    // The desk notices policy issues (its consultations as evidence), so it reaches the network area.
    "network.read",
    "policyIssues.write",
  ],
  // The office (事務局): the network, the community space, recycling and publications.
  staff: [
    ...internalStaff,
    "network.read",
    "community.read",
    "recycling.read",
    "publications.read",
    "workplaces.read",
    "members.write",
    "officers.write",
    "prospects.write",
    "meetings.write",
    "networkRequests.write",
    "policyIssues.write",
    "proposals.write",
  ],
  // An external partner workplace: only its own placements, through the portal (ADR 019).
  partner: ["account.self", "portal.use"],
  // Read-only oversight (監事): every area's figures, no administration, no publishing.
  viewer: [
    "account.self",
    "dashboard.read",
    "programs.read",
    "participants.read",
    "cases.read",
    "workplaces.read",
    ...areaPermissions.filter((permission) => permission !== "publications.read"),
  ],
};

export function roleHas(role: Role, permission: RoutePermission): boolean {
  return permission === PUBLIC || rolePermissions[role].includes(permission);
}
