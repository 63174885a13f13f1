import type { WorkKind, WorkplaceStatus } from "@otagai/shared/support/workplaces";

/**
 * The list's filter choices as values, for the route's search params without loading the zod
 * schemas into the first chunks (the type checks below fail when the shared lists gain a value).
 */
export const workKindValues = [
  "care",
  "childcare",
  "food",
  "cafe",
  "cleaning",
  "recycling",
  "agriculture",
  "manufacturing",
  "retail",
  "office",
  "other",
] as const satisfies readonly WorkKind[];
export const workplaceStatusValues = [
  "active",
  "paused",
  "ended",
] as const satisfies readonly WorkplaceStatus[];

type MissingKind = Exclude<WorkKind, (typeof workKindValues)[number]>;
type MissingStatus = Exclude<WorkplaceStatus, (typeof workplaceStatusValues)[number]>;
const complete: [MissingKind | MissingStatus] extends [never] ? true : MissingKind | MissingStatus = true;
void complete;
