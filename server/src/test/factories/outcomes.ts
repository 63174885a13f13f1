import { followUpSchedule } from "../../modules/support/outcomes/follow-up-schedule.ts";
import { caseFollowUps, caseOutcomes } from "../../modules/support/outcomes/outcomes.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type OutcomeRow = typeof caseOutcomes.$inferSelect;
export type FollowUpRow = typeof caseFollowUps.$inferSelect;

/**
 * An outcome of the case straight into the database: by default part-time work from 2026-05-01,
 * with its follow-ups scheduled as the service does (work outcomes only).
 */
export async function buildOutcome(
  db: Database,
  caseId: string,
  overrides: Partial<typeof caseOutcomes.$inferInsert> = {},
): Promise<{ outcome: OutcomeRow; followUps: FollowUpRow[] }> {
  const [outcome] = await db
    .insert(caseOutcomes)
    .values({
      caseId,
      outcomeType: "part_time",
      employerName: "試験商店",
      startedOn: "2026-05-01",
      hoursPerWeek: 20,
      contractForm: "part_time",
      ...overrides,
    })
    .returning();
  if (!outcome) throw new Error("insert returned no row");
  const schedule = followUpSchedule(outcome.outcomeType, outcome.startedOn);
  const followUps =
    schedule.length === 0
      ? []
      : await db
          .insert(caseFollowUps)
          .values(schedule.map((entry) => ({ ...entry, outcomeId: outcome.id })))
          .returning();
  return { outcome, followUps: followUps.sort((a, b) => a.offsetMonths - b.offsetMonths) };
}
