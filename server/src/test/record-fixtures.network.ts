import type { RecordFixture } from "./record-fixtures.ts";

/**
 * The network's record fixtures (issue 13): organizations, officers, meetings, requests and
 * proposals are the office's, in no program (role permissions decide), so none is programScoped.
 * One entry per entity the network's routes name; each sub-area adds its own.
 */
export const networkRecordFixtures: Record<string, RecordFixture> = {};
