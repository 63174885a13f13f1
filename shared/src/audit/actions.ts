/** What an audit entry records. A module without zod (schemas.ts re-exports it): the web app's entry reads it. */
export const auditActions = [
  "create",
  "update",
  "delete",
  "read",
  "login",
  "login_failed",
  "logout",
  "disable",
  "enable",
  "unlock",
  "password_change",
  "merge",
  "import",
  "transition",
  "export",
  "denied",
] as const;
export type AuditAction = (typeof auditActions)[number];
