import type { DemoContribution } from "../../platform/demo-data.ts";

/**
 * The network's demo data, by sub-area, in order: member organizations first (166 on 2018-04-01),
 * then officers, prospects, meetings, requests and proposals (which may name the ones before).
 */
export const networkDemoContributions: DemoContribution[] = [];
