import type { RequestStatus } from "@otagai/shared/consultation/requests";

/**
 * The inbox's statuses as values for the router's search check, without loading the zod schemas
 * into the first pages (the type check below fails when the shared list gains a value).
 */
export const requestStatusValues = ["new", "converted", "handled"] as const;

type MissingStatus = Exclude<RequestStatus, (typeof requestStatusValues)[number]>;
const statusesComplete: [MissingStatus] extends [never] ? true : MissingStatus = true;
void statusesComplete;
