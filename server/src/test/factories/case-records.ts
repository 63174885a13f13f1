import {
  caseAssessments,
  caseConferences,
  caseEvaluations,
  caseIntakes,
  supportPlans,
} from "../../modules/support/cases/cases.tables.ts";
import type { Database } from "../../platform/db/client.ts";

/**
 * The records of a case's steps straight into the database (fictional content), for tests that
 * need a case with its history in place. Through the API, the same records are added by
 * PUT /api/cases/:id/intake, POST …/assessments, …/plans, …/conferences, …/evaluations.
 */
export async function buildIntake(
  db: Database,
  caseId: string,
  overrides: Partial<typeof caseIntakes.$inferInsert> = {},
) {
  const [row] = await db
    .insert(caseIntakes)
    .values({
      caseId,
      receivedOn: "2026-04-15",
      howCame: "福祉事務所からの紹介",
      concernTopics: ["job_search", "income", "housing"],
      pressingTopic: "job_search",
      urgency: "medium",
      screeningRoute: "continuing",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export const assessmentAreasInput = {
  dailyLife: { level: 3, notes: "生活リズムはおおむね安定" },
  health: { level: 2, notes: "" },
  socialRelations: { level: 2, notes: "" },
  workHistory: { level: 1, notes: "短期のアルバイト経験のみ" },
  skills: { level: null, notes: "" },
  wishes: { level: null, notes: "事務の仕事を希望" },
};

export async function buildAssessment(db: Database, caseId: string) {
  const [row] = await db
    .insert(caseAssessments)
    .values({ caseId, assessedOn: "2026-04-22", areas: assessmentAreasInput, summary: "就労準備が必要" })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A goal in each of the three areas (日常生活自立 / 社会生活自立 / 就労自立). */
export const threeGoals = [
  {
    area: "dailyLife",
    goal: "毎朝7時に起きる",
    actions: [{ action: "目覚ましを使う", by: "本人", targetOn: null }],
  },
  { area: "socialLife", goal: "週に1回地域の居場所に通う", actions: [] },
  {
    area: "work",
    goal: "職場体験に参加する",
    actions: [{ action: "体験先を探す", by: "支援員", targetOn: "2026-06-30" }],
  },
];

export async function buildPlan(
  db: Database,
  caseId: string,
  planNumber: number,
  overrides: Partial<typeof supportPlans.$inferInsert> = {},
) {
  const [row] = await db
    .insert(supportPlans)
    .values({
      caseId,
      planNumber,
      madeOn: "2026-05-01",
      reviewOn: "2026-08-01",
      goals: threeGoals,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function buildConference(
  db: Database,
  caseId: string,
  planId: string,
  decision: "approved" | "revise",
) {
  const [row] = await db
    .insert(caseConferences)
    .values({ caseId, planId, heldOn: "2026-05-10", attendees: "支援員、福祉事務所", decision })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function buildEvaluation(
  db: Database,
  caseId: string,
  planId: string,
  goalCount = threeGoals.length,
) {
  const [row] = await db
    .insert(caseEvaluations)
    .values({
      caseId,
      planId,
      evaluatedOn: "2026-08-01",
      goalResults: Array.from({ length: goalCount }, () => ({ result: "partly", notes: "" })),
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
