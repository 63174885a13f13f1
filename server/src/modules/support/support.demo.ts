// The support area's demo data: about sixty fictional participants with cases at every step, consents,
// some sensitive sections and a timeline of activities, from the scale data's generator (small n).
// The demo coordinator (limited to yokohama-readiness and zama-readiness) leads those programs' cases,
// and the first cases are set so that their "today" list has work on it: an intake waiting for its
// assessment, cases waiting for a conference, plans due for review.
import type { DemoContext, DemoContribution, DemoTransaction } from "../../platform/demo-data.ts";
import { generateActivity } from "../../test/scale/activities.ts";
import type { CaseScenario, GeneratedCase } from "../../test/scale/cases.ts";
import { generateCase } from "../../test/scale/cases.ts";
import { addDays } from "../../test/scale/dates.ts";
import {
  findFundingStreams,
  insertActivities,
  insertCases,
  insertParticipants,
  leadOf,
  type SupportStaff,
} from "../../test/scale/insert.ts";
import type { GeneratedParticipant } from "../../test/scale/people.ts";
import { participantWithFirstCase } from "../../test/scale/seed.ts";
import { generatorSettings } from "../../test/scale/settings.ts";

export const supportDemoSizes = { participants: 60, cases: 80, activities: 600 };

const demoPrograms = ["yokohama-readiness", "zama-readiness"];

/**
 * The demo coordinator's cases in known states relative to today. Each step before `holdAt` takes its
 * shortest time (assessment after 3 days, assessed 5 later, plan made 5 later, conference held 5
 * later), so a plan is made 13 days after opening and reviewed three months after that.
 */
export const demoScenarios: CaseScenario[] = [
  { programCode: "yokohama-readiness", openedDaysAgo: 20, holdAt: "assessment" }, // intake, no assessment for 20 days
  { programCode: "yokohama-readiness", openedDaysAgo: 12, holdAt: "assessed" }, // assessment under way
  { programCode: "yokohama-readiness", openedDaysAgo: 15, holdAt: "planMade" }, // plan being written
  { programCode: "yokohama-readiness", openedDaysAgo: 24, holdAt: "held" }, // waiting 11 days for its conference
  { programCode: "yokohama-readiness", openedDaysAgo: 108, holdAt: "evaluation" }, // plan review overdue
  { programCode: "yokohama-readiness", openedDaysAgo: 100, holdAt: "evaluation" }, // plan review within days
  { programCode: "yokohama-readiness", openedDaysAgo: 45, holdAt: "evaluation" }, // active, review later
  { programCode: "yokohama-readiness", openedDaysAgo: 115, holdAt: "evaluated" }, // evaluation under way
  { programCode: "zama-readiness", openedDaysAgo: 2, holdAt: "assessment" }, // new intake
  { programCode: "zama-readiness", openedDaysAgo: 30, holdAt: "assessment" }, // intake, no assessment for 30 days
  { programCode: "zama-readiness", openedDaysAgo: 31, holdAt: "held" }, // waiting 18 days for its conference
  { programCode: "zama-readiness", openedDaysAgo: 60, holdAt: "evaluation" }, // active
];

/** Writes the support demo data in the demo transaction (the programs and accounts are there already). */
export async function loadSupportDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const coordinator = context.userIdByRole.get("coordinator");
  const manager = context.userIdByRole.get("manager");
  const staff: SupportStaff = {
    programIdByCode: context.programIdByCode,
    coordinatorsByProgram: new Map(
      [...context.programIdByCode.keys()].map((code) => {
        const lead = demoPrograms.includes(code) ? coordinator : manager;
        return [code, lead ? [lead] : []];
      }),
    ),
    fundingStreamsByProgram: await findFundingStreams(tx),
  };
  const settings = generatorSettings({
    seed: "otagai-demo",
    today: context.todayInJapan,
    // A little over a year of history: most cases still open, some closed.
    windowStart: addDays(context.todayInJapan, -420),
    // More likely duplicates than at scale, so the duplicate finder has something to show.
    duplicateRate: 0.06,
    ids: "random",
  });
  const { participants, cases, activities } = supportDemoSizes;
  const rows: { participant: GeneratedParticipant; createdBy: string | null }[] = [];
  const generatedCases: GeneratedCase[] = [];
  for (let i = 0; i < participants; i++) {
    const { participant, firstCase } = participantWithFirstCase(settings, i, participants, demoScenarios[i]);
    rows.push({ participant, createdBy: leadOf(staff, firstCase) });
    generatedCases.push(firstCase);
  }
  for (let j = participants; j < cases; j++) generatedCases.push(generateCase(settings, j, participants));
  await insertParticipants(tx, rows);
  await insertCases(tx, staff, generatedCases);
  await insertActivities(
    tx,
    settings.today,
    Array.from({ length: activities }, (_, k) => generateActivity(settings, k, cases)),
  );
}

export const supportDemoContribution: DemoContribution = {
  area: "support",
  order: 30,
  load: loadSupportDemoData,
};
