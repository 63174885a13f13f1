import { inArray, type SQL } from "drizzle-orm";
import {
  type AccessScope,
  isLimitedToPrograms,
  type RecordPolicy,
} from "../../../platform/access/access-scope.ts";
import { cases } from "./cases.tables.ts";

/**
 * Which cases a user reaches (ADR 014): a user limited to programs, the cases of those programs;
 * anyone else, every case. Every query of cases.repository.ts reading or changing a case adds it.
 */
export function caseVisibleTo(scope: AccessScope): SQL | undefined {
  if (!isLimitedToPrograms(scope)) return undefined;
  return inArray(cases.programId, [...scope.programIds]);
}

export const casePolicy: RecordPolicy = { entity: "case", visibleTo: caseVisibleTo };
