import type { AdminCatalog } from "./admin.ja.ts";

export const adminEn: AdminCatalog = {
  admin: {
    title: "Administration",
    lead: "Manage user accounts and the audit trail (who did what, and when).",
    usersLink: "Users",
    usersDescription: "Create staff and partner accounts, change roles, disable accounts.",
    auditLink: "Audit trail",
    auditDescription: "Search logins and changes, and check that the records were not tampered with.",
    leadReadOnly:
      "See the accounts of staff and partner workplaces. Changes are made by a system administrator.",
    usersDescriptionReadOnly: "See each account's role, status, programs and last login.",
  },
};
