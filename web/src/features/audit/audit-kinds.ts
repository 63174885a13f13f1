/**
 * The audit list's kinds (the API's `kind`): changes (everything but reads), reads only, or
 * everything; the page opens on changes. A module of its own: the route's search reader imports it.
 */
export const auditKinds = ["changes", "reads", "all"] as const;
export type AuditKind = (typeof auditKinds)[number];
