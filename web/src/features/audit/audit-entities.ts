import type { i18n as I18n } from "i18next";

/** The entities the server records events for (the `entity` column), in the order the filter offers them. */
export const auditEntities = [
  "user",
  "session",
  "participant",
  "participant_sensitive",
  "case",
  "activity",
  "consent",
  "outcome",
  "follow_up",
  "placement",
  "placement_attendance",
  "placement_evaluation",
  "workplace",
  "workplace_certification",
  "consultation",
  "consultation_category",
  "appointment",
  "consultation_schedule",
  "consultation_closed_day",
  "consultation_request",
  "agency",
  "advisor",
  "referral",
  "startup_resource",
  "policy_issue",
  "policy_proposal",
  "network_request",
  "member_organization",
  "member_dues",
  "workplace_prospect",
  "meeting",
  "meeting_action_item",
  "officer",
  "program",
  "contract",
  "report_submission",
  "audit_event",
  "access",
] as const;

/** Entities are table-level names from the server; known ones get a label, new ones show as they are. */
export function auditEntityLabel(entity: string, i18n: I18n): string {
  const key = `audit.entities.${entity}`;
  return i18n.exists(key) ? i18n.t(key as "audit.entities.user") : entity;
}
