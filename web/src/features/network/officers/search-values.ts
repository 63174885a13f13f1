import type { OfficerRole, OfficerTermState } from "@otagai/shared/network/officers";

/**
 * The page's filter values for the router's search check, without loading the zod schemas into the
 * first pages (the type checks below fail when a shared list gains a value).
 */
export const officerRoleSearchValues = [
  "chair",
  "executive_director",
  "vice_chair",
  "director",
  "auditor",
] as const;
export const officerTermSearchValues = ["current", "past", "future"] as const;

type Missing<All, Listed extends readonly string[]> = Exclude<All, Listed[number]>;
const complete: [
  Missing<OfficerRole, typeof officerRoleSearchValues>,
  Missing<OfficerTermState, typeof officerTermSearchValues>,
] extends [never, never]
  ? true
  : false = true;
void complete;
