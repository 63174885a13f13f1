import type { RecordLabelers } from "../audit/audit.presenter.ts";
import { findActionItemNames, findMeetingNames } from "./meetings/meetings.repository.ts";
import { findDuesNames, findMemberNames } from "./members/members.repository.ts";
import { findOfficerNames } from "./officers/officers.repository.ts";
import { findPolicyIssueNames } from "./proposals/issues.repository.ts";
import { findProposalNames } from "./proposals/proposals.repository.ts";
import { findProspectNames } from "./prospects/prospects.repository.ts";
import { findNetworkRequestNames } from "./requests/requests.repository.ts";

/**
 * How the audit trail names the network's records (entity → labeler), one entry per entity the
 * sub-areas write: member_organization, member_dues, officer, workplace_prospect, meeting,
 * meeting_action_item, network_request, policy_issue, policy_proposal.
 */
export const networkAuditLabelers: RecordLabelers = {
  network_request: findNetworkRequestNames,
  member_organization: findMemberNames,
  member_dues: findDuesNames,
  workplace_prospect: findProspectNames,
  officer: findOfficerNames,
  policy_issue: findPolicyIssueNames,
  policy_proposal: findProposalNames,
  meeting: findMeetingNames,
  meeting_action_item: findActionItemNames,
};
