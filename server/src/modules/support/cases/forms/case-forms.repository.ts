import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../../../../platform/db/client.ts";
import { users } from "../../../users/users.tables.ts";
import { summaryColumns } from "../../participants/participants.repository.ts";
import { participants } from "../../participants/participants.tables.ts";
import { caseAssessments, supportPlans } from "../cases.tables.ts";

/**
 * What the printed forms read besides the case's records. Callers have found the case through the
 * case policy first (cases.repository.ts getCaseSummary), so these take ids the user reaches.
 */
export type FormPersonRow = {
  id: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string | null;
  gender: string;
  postalCode: string;
  address: string;
  phone: string;
  email: string;
};

export async function getFormPerson(db: Database, participantId: string): Promise<FormPersonRow | undefined> {
  const [row] = await db
    .select({
      ...summaryColumns,
      gender: participants.gender,
      postalCode: participants.postalCode,
      address: participants.address,
      phone: participants.phone,
      email: participants.email,
    })
    .from(participants)
    .where(eq(participants.id, participantId));
  return row;
}

/** One plan version of the case (a plan id of another case is not found). */
export async function getPlanOfCase(db: Database, caseId: string, planId: string) {
  const [row] = await db
    .select()
    .from(supportPlans)
    .where(and(eq(supportPlans.caseId, caseId), eq(supportPlans.id, planId)));
  return row;
}

/** The latest assessment: the latest day, then the latest written. */
export async function findLatestAssessment(db: Database, caseId: string) {
  const [row] = await db
    .select()
    .from(caseAssessments)
    .where(eq(caseAssessments.caseId, caseId))
    .orderBy(desc(caseAssessments.assessedOn), desc(caseAssessments.createdAt))
    .limit(1);
  return row;
}

export async function getUserName(db: Database, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}
