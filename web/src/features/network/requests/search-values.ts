import type {
  NetworkRequestKind,
  NetworkRequestOrigin,
  NetworkRequestStatus,
} from "@otagai/shared/network/requests";

/**
 * The list's filter values for the router's search check, without loading the zod schemas into the
 * first pages (the type checks below fail when a shared list gains a value).
 */
export const requestStatusSearchValues = ["new", "accepted", "declined", "done"] as const;
export const requestKindSearchValues = [
  "talk",
  "visit",
  "course_proposal",
  "space_lending",
  "equipment_lending",
  "interview",
  "survey",
  "other",
] as const;
export const requestOriginSearchValues = ["internal", "external"] as const;

type Missing<All, Listed extends readonly string[]> = Exclude<All, Listed[number]>;
const complete: [
  Missing<NetworkRequestStatus, typeof requestStatusSearchValues>,
  Missing<NetworkRequestKind, typeof requestKindSearchValues>,
  Missing<NetworkRequestOrigin, typeof requestOriginSearchValues>,
] extends [never, never, never]
  ? true
  : false = true;
void complete;
