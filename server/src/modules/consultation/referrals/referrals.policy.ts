import { and, eq, exists, or, type SQL, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import {
  type AccessScope,
  isLimitedToPrograms,
  type RecordPolicy,
} from "../../../platform/access/access-scope.ts";
import { caseVisibleTo } from "../../support/cases/cases.policy.ts";
import { cases } from "../../support/cases/cases.tables.ts";
import { consultationVisibleTo } from "../consultations.policy.ts";
import { consultations } from "../consultations.tables.ts";
import { referrals } from "./referrals.tables.ts";

/**
 * Which referrals a user reaches (ADR 014): a referral is reached when its consultation is (the
 * consultations policy) or its case is (the case policy). Anyone not limited to programs reaches
 * every one; a referral outside answers 404, like one that does not exist.
 */
export function referralVisibleTo(scope: AccessScope): SQL | undefined {
  if (!isLimitedToPrograms(scope)) return undefined;
  const consultationReached = exists(
    new QueryBuilder()
      .select({ one: sql`1` })
      .from(consultations)
      .where(and(eq(consultations.id, referrals.consultationId), consultationVisibleTo(scope))),
  );
  const caseReached = exists(
    new QueryBuilder()
      .select({ one: sql`1` })
      .from(cases)
      .where(and(eq(cases.id, referrals.caseId), caseVisibleTo(scope))),
  );
  return or(consultationReached, caseReached);
}

export const referralPolicy: RecordPolicy = { entity: "referral", visibleTo: referralVisibleTo };
