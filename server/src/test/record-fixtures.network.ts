import { eq } from "drizzle-orm";
import { meetingActionItems, meetings } from "../modules/network/meetings/meetings.tables.ts";
import { memberOrganizations } from "../modules/network/members/members.tables.ts";
import { officers } from "../modules/network/officers/officers.tables.ts";
import { policyIssues, policyProposals } from "../modules/network/proposals/proposals.tables.ts";
import { workplaceProspects } from "../modules/network/prospects/prospects.tables.ts";
import { networkRequests } from "../modules/network/requests/requests.tables.ts";
import { buildConsultation } from "./factories/consultations.ts";
import { buildActionItem, buildMeeting } from "./factories/meetings.ts";
import { buildMemberOrganization } from "./factories/member-organizations.ts";
import { buildNetworkRequest } from "./factories/network-requests.ts";
import { buildOfficer } from "./factories/officers.ts";
import { buildEvidence, buildFigure, buildPolicyIssue, buildProposal } from "./factories/proposals.ts";
import { buildProspect } from "./factories/prospects.ts";
import type { RecordFixture } from "./record-fixtures.ts";

/**
 * The network's record fixtures (issue 13): organizations, officers, meetings, requests and
 * proposals are the office's, in no program (role permissions decide), so none is programScoped.
 * One entry per entity the network's routes name; each sub-area adds its own.
 */
export const networkRecordFixtures: Record<string, RecordFixture> = {
  member_organization: {
    programScoped: false,
    create: async (db) => {
      const row = await buildMemberOrganization(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: memberOrganizations.version })
        .from(memberOrganizations)
        .where(eq(memberOrganizations.id, id));
      return row?.version;
    },
  },
  network_request: {
    programScoped: false,
    create: async (db) => {
      const row = await buildNetworkRequest(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: networkRequests.version })
        .from(networkRequests)
        .where(eq(networkRequests.id, id));
      return row?.version;
    },
  },
  // A prospect at "agreed" with its agreement: activation and every move reach their handler.
  workplace_prospect: {
    programScoped: false,
    create: async (db) => {
      const row = await buildProspect(db, {
        stage: "agreed",
        agreedOn: "2026-04-01",
        traineeCapacity: 1,
        employmentType: "non_employment",
      });
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: workplaceProspects.version })
        .from(workplaceProspects)
        .where(eq(workplaceProspects.id, id));
      return row?.version;
    },
  },
  officer: {
    programScoped: false,
    create: async (db) => {
      const row = await buildOfficer(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db.select({ version: officers.version }).from(officers).where(eq(officers.id, id));
      return row?.version;
    },
  },
  policy_issue: {
    programScoped: false,
    create: async (db) => {
      const row = await buildPolicyIssue(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: policyIssues.version })
        .from(policyIssues)
        .where(eq(policyIssues.id, id));
      return row?.version;
    },
  },
  // An anonymous consultation as evidence: every role that may read consultations reaches it.
  policy_issue_evidence: {
    programScoped: false,
    create: async (db, _programId, made) => {
      const issueId = made.policy_issue ?? (await buildPolicyIssue(db)).id;
      const consultation = await buildConsultation(db);
      const row = await buildEvidence(db, issueId, { consultationId: consultation.id });
      return { id: row.id };
    },
  },
  policy_proposal: {
    programScoped: false,
    create: async (db) => {
      const row = await buildProposal(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: policyProposals.version })
        .from(policyProposals)
        .where(eq(policyProposals.id, id));
      return row?.version;
    },
  },
  policy_proposal_figure: {
    programScoped: false,
    create: async (db, _programId, made) => {
      const proposalId = made.policy_proposal ?? (await buildProposal(db)).id;
      const row = await buildFigure(db, proposalId);
      return { id: row.id };
    },
  },
  meeting: {
    programScoped: false,
    create: async (db) => {
      const row = await buildMeeting(db);
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db.select({ version: meetings.version }).from(meetings).where(eq(meetings.id, id));
      return row?.version;
    },
  },
  meeting_action_item: {
    programScoped: false,
    create: async (db, _programId, made) => {
      const row = await buildActionItem(db, made.meeting ? { meetingId: made.meeting } : {});
      return { id: row.id, version: row.version };
    },
    currentVersion: async (db, id) => {
      const [row] = await db
        .select({ version: meetingActionItems.version })
        .from(meetingActionItems)
        .where(eq(meetingActionItems.id, id));
      return row?.version;
    },
  },
};
