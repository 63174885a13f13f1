import type { DemoContribution } from "../../platform/demo-data.ts";
import { meetingsDemoContribution } from "./meetings/meetings.demo.ts";
import { membersDemoContribution } from "./members/members.demo.ts";
import { officersDemoContribution } from "./officers/officers.demo.ts";
import { proposalsDemoContribution } from "./proposals/proposals.demo.ts";
import { prospectsDemoContribution } from "./prospects/prospects.demo.ts";
import { requestsDemo } from "./requests/requests.demo.ts";

/**
 * The network's demo data, by sub-area, in order: member organizations first (166 on 2018-04-01),
 * then officers, prospects, meetings, requests and proposals (which may name the ones before).
 */
export const networkDemoContributions: DemoContribution[] = [
  membersDemoContribution,
  officersDemoContribution,
  requestsDemo,
  prospectsDemoContribution,
  meetingsDemoContribution,
  proposalsDemoContribution,
];
