import type { RecordLabelers } from "../audit/audit.presenter.ts";

/**
 * How the audit trail names the network's records (entity → labeler), one entry per entity the
 * sub-areas write: member_organization, member_dues, officer, workplace_prospect, meeting,
 * meeting_action_item, network_request, policy_issue, policy_proposal.
 */
export const networkAuditLabelers: RecordLabelers = {};
