import type { MemberField, MemberKind, MemberStatus } from "@otagai/shared/network/members";

/**
 * The list's filter choices as values, for the route's search params without loading the zod
 * schemas into the first chunks (the type check below fails when the shared lists gain a value).
 */
export const memberKindValues = [
  "workers_collective",
  "npo",
  "consumer_coop",
  "social_welfare",
  "enterprise_union",
  "other",
] as const satisfies readonly MemberKind[];
export const memberFieldValues = [
  "care",
  "food",
  "childcare",
  "cleaning",
  "recycling",
  "cafe",
  "housework",
  "delivery",
  "crafts",
  "other",
] as const satisfies readonly MemberField[];
export const memberStatusValues = ["active", "resting", "left"] as const satisfies readonly MemberStatus[];

type Missing =
  | Exclude<MemberKind, (typeof memberKindValues)[number]>
  | Exclude<MemberField, (typeof memberFieldValues)[number]>
  | Exclude<MemberStatus, (typeof memberStatusValues)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
