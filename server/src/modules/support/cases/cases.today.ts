import { addDays, daysBetween } from "@otagai/shared/japanese/calendar-date";
import { dueSeverity, type TodaySeverity } from "@otagai/shared/today/schemas";
import { and, asc, eq, exists, gt, inArray, lte, not, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import {
  defineTodayProvider,
  type ProvidedTodayItem,
  type TodayContext,
} from "../../../platform/today/today-provider.ts";
import { programs } from "../../programs/programs.tables.ts";
import { participants } from "../participants/participants.tables.ts";
import { caseVisibleTo } from "./cases.policy.ts";
import { caseAssessments, caseConferences, caseIntakes, cases, supportPlans } from "./cases.tables.ts";

/** How far ahead a plan's review date puts it on the list. */
export const planReviewDaysAhead = 7;

export const caseTodayKinds = {
  planReview: "support.planReview",
  conferenceWaiting: "support.conferenceWaiting",
  assessmentMissing: "support.assessmentMissing",
} as const;

/** The latest plan of each case (plan_number is counted per case, the newest highest). */
const newerPlan = alias(supportPlans, "newer_plan");
function isLatestPlan(db: Database) {
  return notExists(
    db
      .select({ one: sql`1` })
      .from(newerPlan)
      .where(
        and(eq(newerPlan.caseId, supportPlans.caseId), gt(newerPlan.planNumber, supportPlans.planNumber)),
      ),
  );
}

/** The columns every item shows: the person, the program, whose case it is. */
function caseColumns(scope: AccessScope) {
  return {
    caseId: cases.id,
    familyName: participants.familyName,
    givenName: participants.givenName,
    programName: programs.name,
    mine: sql<boolean>`coalesce(${cases.leadCoordinatorId} = ${scope.userId}, false)`,
  };
}

/** The caller's own cases first (they lead them), then the earliest date. */
function mineFirst(scope: AccessScope) {
  return sql`(${cases.leadCoordinatorId} is not distinct from ${scope.userId}) desc`;
}

type CaseItemRow = {
  caseId: string;
  familyName: string;
  givenName: string;
  programName: string;
  mine: boolean;
};

function itemOf(
  kind: string,
  row: CaseItemRow,
  dueOn: string | null,
  severity: TodaySeverity,
  extra: Record<string, string> = {},
): ProvidedTodayItem {
  return {
    kind,
    params: { name: `${row.familyName} ${row.givenName}`.trim(), program: row.programName, ...extra },
    dueOn,
    link: `/support/cases/${row.caseId}`,
    severity,
    mine: row.mine,
    record: { entity: "case", id: row.caseId },
  };
}

/** The steps at which a case has a plan (a plan needs an assessment, which needs the intake); the
 * partial index cases_plan_review_idx (migration 0021) names the same steps. */
const stepsWithPlan = ["plan", "conference", "active", "evaluation"] as const;
/** The steps at which a case may still lack an assessment (moving on to the plan requires one). */
const stepsBeforeAssessment = ["intake", "assessment"] as const;

/**
 * Open cases whose latest plan is due for review within a week, or overdue: one range of the index
 * on the latest plan's review date kept on the case (migration 0021). Probing each open case's
 * latest plan instead cost 26–85 ms for a coordinator of two programs at 150,000 cases.
 */
async function plansDueForReview(db: Database, scope: AccessScope, context: TodayContext) {
  const until = addDays(context.todayInJapan, planReviewDaysAhead);
  const rows = await db
    .select({ ...caseColumns(scope), reviewOn: cases.planReviewOn })
    .from(cases)
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .innerJoin(programs, eq(programs.id, cases.programId))
    .where(
      and(caseVisibleTo(scope), inArray(cases.status, [...stepsWithPlan]), lte(cases.planReviewOn, until)),
    )
    .orderBy(mineFirst(scope), asc(cases.planReviewOn), asc(cases.id))
    .limit(context.limitPerKind + 1);
  // lte() leaves out cases without a plan; the column's type cannot say so.
  return rows.flatMap(({ reviewOn, ...row }) =>
    reviewOn === null
      ? []
      : [itemOf(caseTodayKinds.planReview, row, reviewOn, dueSeverity(reviewOn, context.todayInJapan))],
  );
}

/** Cases at the conference step whose latest plan has had no conference yet, the longest waiting first. */
async function conferencesWaiting(db: Database, scope: AccessScope, context: TodayContext) {
  const rows = await db
    .select({ ...caseColumns(scope), madeOn: supportPlans.madeOn })
    .from(cases)
    .innerJoin(supportPlans, eq(supportPlans.caseId, cases.id))
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .innerJoin(programs, eq(programs.id, cases.programId))
    .where(
      and(
        caseVisibleTo(scope),
        eq(cases.status, "conference"),
        isLatestPlan(db),
        not(
          exists(
            db
              .select({ one: sql`1` })
              .from(caseConferences)
              .where(and(eq(caseConferences.caseId, cases.id), eq(caseConferences.planId, supportPlans.id))),
          ),
        ),
      ),
    )
    .orderBy(mineFirst(scope), asc(supportPlans.madeOn), asc(cases.id))
    .limit(context.limitPerKind + 1);
  return rows.map((row) =>
    itemOf(caseTodayKinds.conferenceWaiting, row, null, "due", {
      days: String(Math.max(0, daysBetween(row.madeOn, context.todayInJapan))),
    }),
  );
}

/** Intakes received `days` or more days ago whose case has no assessment yet. */
async function assessmentsMissing(db: Database, scope: AccessScope, context: TodayContext, days: number) {
  const receivedBy = addDays(context.todayInJapan, -days);
  const rows = await db
    .select({ ...caseColumns(scope), receivedOn: caseIntakes.receivedOn })
    .from(caseIntakes)
    .innerJoin(cases, eq(cases.id, caseIntakes.caseId))
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .innerJoin(programs, eq(programs.id, cases.programId))
    .where(
      and(
        caseVisibleTo(scope),
        inArray(cases.status, [...stepsBeforeAssessment]),
        lte(caseIntakes.receivedOn, receivedBy),
        notExists(
          db.select({ one: sql`1` }).from(caseAssessments).where(eq(caseAssessments.caseId, cases.id)),
        ),
      ),
    )
    .orderBy(mineFirst(scope), asc(caseIntakes.receivedOn), asc(cases.id))
    .limit(context.limitPerKind + 1);
  return rows.map((row) => {
    const dueOn = addDays(row.receivedOn, days);
    return itemOf(caseTodayKinds.assessmentMissing, row, dueOn, dueSeverity(dueOn, context.todayInJapan), {
      days: String(daysBetween(row.receivedOn, context.todayInJapan)),
    });
  });
}

/**
 * The support area's part of the "today" list (issue 10): plans due for review, cases waiting for
 * their conference, intakes without an assessment after `intakeAssessmentDays`
 * (TODAY_INTAKE_ASSESSMENT_DAYS). Only cases the caller reaches (the case policy), their own first.
 */
export function casesTodayProvider(options: { intakeAssessmentDays: number }) {
  return defineTodayProvider({
    key: "support.cases",
    permission: "cases.read",
    kinds: [caseTodayKinds.planReview, caseTodayKinds.conferenceWaiting, caseTodayKinds.assessmentMissing],
    async load(db, scope, context) {
      const [plans, conferences, assessments] = await Promise.all([
        plansDueForReview(db, scope, context),
        conferencesWaiting(db, scope, context),
        assessmentsMissing(db, scope, context, options.intakeAssessmentDays),
      ]);
      return [...plans, ...conferences, ...assessments];
    },
  });
}
