import type { MeetingKind } from "@otagai/shared/network/meetings";

/**
 * The list's kind filter for the router's search check, without loading the zod schemas into the
 * first pages (the type check below fails when the shared list gains a value).
 */
export const meetingKindSearchValues = [
  "all_hands",
  "round_table",
  "board",
  "general_assembly",
  "other",
] as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<(typeof meetingKindSearchValues)[number], MeetingKind> = true;
void kindsMatch;
