import type { SQL } from "drizzle-orm";
import type { AccessScope, RecordPolicy } from "../../platform/access/access-scope.ts";
import { namedParticipantVisibleTo } from "../support/participants/participants.policy.ts";
import { consultations } from "./consultations.tables.ts";

/**
 * Which consultations a user reaches (ADR 014):
 * - not limited to programs: every consultation;
 * - limited: those naming no participant (a new person, an anonymous caller: the desk's own
 *   records, in no program), and those whose participant the participants policy reaches.
 * A consultation outside answers 404, like one that does not exist.
 */
export function consultationVisibleTo(scope: AccessScope): SQL | undefined {
  return namedParticipantVisibleTo(scope, consultations.participantId);
}

export const consultationPolicy: RecordPolicy = {
  entity: "consultation",
  visibleTo: (scope) => consultationVisibleTo(scope),
};
