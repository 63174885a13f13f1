import { meetingsEn } from "./network/meetings.en.ts";
import { membersEn } from "./network/members.en.ts";
import { officersEn } from "./network/officers.en.ts";
import { proposalsEn } from "./network/proposals.en.ts";
import { prospectsEn } from "./network/prospects.en.ts";
import { requestsEn } from "./network/requests.en.ts";
import type { NetworkCatalog } from "./network.ja.ts";

export const networkEn: NetworkCatalog = {
  network: {
    title: "Members and partners",
    lead: "Member organizations and officers, partner-workplace development, meetings, requests and policy proposals, kept by the office.",
    nav: {
      label: "Network pages",
      members: "Member organizations",
      officers: "Officers",
      prospects: "Workplace development",
      meetings: "Meetings",
      requests: "Requests",
      proposals: "Policy proposals",
    },
    members: membersEn,
    officers: officersEn,
    prospects: prospectsEn,
    meetings: meetingsEn,
    requests: requestsEn,
    proposals: proposalsEn,
  },
};
