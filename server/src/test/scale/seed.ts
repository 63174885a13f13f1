// Fills a database with the generated support data in big batches, each batch one transaction.
// Idempotent per size: the scale ids are numbered (settings.ts), so what is there is counted by a
// primary-key range, a second run of the same size adds nothing, and a bigger one adds the difference.
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { hashPassword } from "../../modules/auth/passwords.ts";
import { loadProgramsDemoData, seedPrograms } from "../../modules/programs/programs.demo.ts";
import { programs } from "../../modules/programs/programs.tables.ts";
import { insertUser, replaceUserPrograms } from "../../modules/users/users.repository.ts";
import { userPrograms, users } from "../../modules/users/users.tables.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import type { Database, DatabaseHandle } from "../../platform/db/client.ts";
import { type GeneratedActivity, generateActivity } from "./activities.ts";
import { type CaseScenario, type GeneratedCase, generateCase } from "./cases.ts";
import { type DeskSizes, deskSizesFor } from "./consultations.ts";
import {
  findFundingStreams,
  insertActivities,
  insertCases,
  insertParticipants,
  leadOf,
  type SupportStaff,
} from "./insert.ts";
import { findPlacementCases, insertPlacements, insertWorkplaces } from "./insert-placements.ts";
import { familyNames, givenNames } from "./names.ts";
import { type GeneratedParticipant, generateParticipant } from "./people.ts";
import {
  type GeneratedPlacement,
  generatePlacement,
  type PlacementCase,
  workplacePool,
} from "./placements.ts";
import { type DeskCounts, type DeskProgress, seedConsultationDesk } from "./seed-consultations.ts";
import { type GeneratorSettings, type RecordKind, scaleIdRange } from "./settings.ts";
import { type GeneratedWorkplace, generateWorkplace } from "./workplaces.ts";

export { type DeskSizes, deskSizesFor };

export type ScaleSizes = {
  participants: number;
  cases: number;
  activities: number;
  /** Partner workplaces (協力事業所), some certified. */
  workplaces: number;
  /**
   * Work-experience placements, with their daily attendance, term evaluations and the outcomes of
   * their cases: at most one per first case that went active (fewer when there are not so many).
   */
  placements: number;
};
export const defaultScaleSizes: ScaleSizes = {
  participants: 100_000,
  cases: 150_000,
  activities: 1_000_000,
  workplaces: 2_000,
  placements: 50_000,
};

/** The sizes that go with a number of participants (as the default's proportions). */
export function scaleSizesFor(participants: number): ScaleSizes {
  return {
    participants,
    cases: Math.round(participants * 1.5),
    activities: participants * 10,
    workplaces: Math.max(10, Math.round(participants / 50)),
    placements: Math.round(participants / 2),
  };
}

export type SeedProgress = {
  phase: "participants" | "cases" | "activities" | "workplaces" | "placements" | DeskProgress["phase"];
  done: number;
  total: number;
};

/** How many scale records of each kind the database holds (a primary-key range count). */
export async function countScaleRecords(db: Database): Promise<ScaleSizes> {
  const count = async (
    table: "participants" | "cases" | "activities" | "partner_workplaces" | "placements",
    kind: RecordKind,
  ) => {
    const [low, high] = scaleIdRange(kind);
    const query = sql`select count(*)::int as n from ${sql.identifier(table)} where id between ${low}::uuid and ${high}::uuid`;
    const result = await db.execute(query);
    const rows = (Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows) as {
      n: number;
    }[];
    return rows[0]?.n ?? 0;
  };
  return {
    participants: await count("participants", "participant"),
    cases: await count("cases", "case"),
    activities: await count("activities", "activity"),
    workplaces: await count("partner_workplaces", "workplace"),
    placements: await count("placements", "placement"),
  };
}

const scaleStaffDomain = "scale.otagai.example";
const coordinatorsPerProgram = 4;

/**
 * The nine programs of the seed (added when missing), their funding streams, and the coordinators who lead the cases: the
 * active coordinators already limited to a program (the demo coordinator among them), and four
 * fictional ones per program, limited to it, who cannot log in (nobody knows their password).
 */
export async function ensureScaleStaff(db: Database, today: string): Promise<SupportStaff> {
  // The programs' own demo data: the nine programs, their funding streams and this year's contracts
  // (each added only when missing).
  await db.transaction((tx) => loadProgramsDemoData(tx, today));
  const programRows = await db.select({ id: programs.id, code: programs.code }).from(programs);
  const programIdByCode = new Map(programRows.map((row) => [row.code, row.id]));
  let passwordHash: string | undefined;
  for (const [p, program] of seedPrograms.entries()) {
    for (let n = 1; n <= coordinatorsPerProgram; n++) {
      const email = `coordinator-${program.code}-${n}@${scaleStaffDomain}`;
      const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (existing) continue;
      passwordHash ??= await hashPassword(randomBytes(24).toString("base64url"));
      const family = familyNames[(p * 7 + n * 13) % 60]?.name ?? { name: "佐藤", reading: "さとう" };
      const given = givenNames["1975"][n % 2 === 0 ? "female" : "male"][(p * 5 + n) % 50]?.name ?? {
        name: "誠",
        reading: "まこと",
      };
      const user = await insertUser(db, {
        email,
        displayName: `${family.name} ${given.name}`,
        displayNameKana: `${family.reading} ${given.reading}`,
        role: "coordinator",
        passwordHash,
      });
      const programId = programIdByCode.get(program.code);
      if (programId) await replaceUserPrograms(db, user.id, [programId]);
    }
  }
  const coordinators = await db
    .select({ id: users.id, code: programs.code })
    .from(users)
    .innerJoin(userPrograms, eq(userPrograms.userId, users.id))
    .innerJoin(programs, eq(programs.id, userPrograms.programId))
    .where(and(eq(users.role, "coordinator"), eq(users.status, "active")))
    .orderBy(users.email);
  const coordinatorsByProgram = new Map<string, string[]>();
  for (const row of coordinators)
    coordinatorsByProgram.set(row.code, [...(coordinatorsByProgram.get(row.code) ?? []), row.id]);
  return { programIdByCode, coordinatorsByProgram, fundingStreamsByProgram: await findFundingStreams(db) };
}

/** Participant i and case i, the one that brought them (registered no later than it opened). */
export function participantWithFirstCase(
  settings: GeneratorSettings,
  index: number,
  participantCount: number,
  scenario?: CaseScenario,
): { participant: GeneratedParticipant; firstCase: GeneratedCase } {
  const participant = generateParticipant(settings, index);
  const firstCase = generateCase(settings, index, participantCount, scenario);
  if (firstCase.openedOn < participant.registeredOn) participant.registeredOn = firstCase.openedOn;
  return { participant, firstCase };
}

/**
 * Adds what is missing up to `sizes`: participants with their first case (and consents, sensitive
 * sections), then the further cases, then activities. Returns what was there before and after.
 */
export async function seedScaleData(
  db: Database,
  settings: GeneratorSettings,
  sizes: ScaleSizes,
  options: {
    batchSize?: number;
    activityBatchSize?: number;
    onProgress?: (progress: SeedProgress) => void;
    /** The consultation desk too (issue 12; seed-consultations.ts), after the support area. */
    desk?: DeskSizes;
  } = {},
): Promise<{ before: ScaleSizes; after: ScaleSizes; desk?: { before: DeskCounts; after: DeskCounts } }> {
  const batchSize = options.batchSize ?? 2_000;
  const activityBatchSize = options.activityBatchSize ?? 10_000;
  const before = await countScaleRecords(db);
  const target: ScaleSizes = {
    participants: Math.max(before.participants, sizes.participants),
    cases: Math.max(before.cases, sizes.cases),
    activities: Math.max(before.activities, sizes.activities),
    workplaces: Math.max(before.workplaces, sizes.workplaces),
    placements: Math.max(before.placements, sizes.placements),
  };
  const supportUnchanged =
    target.participants === before.participants &&
    target.cases === before.cases &&
    target.activities === before.activities;
  // Placements go only to cases that went active: when that is all that is missing, ask how many
  // such cases there are (a second run of a size that found fewer must add nothing).
  let placementCases: PlacementCase[] | undefined;
  if (supportUnchanged && target.placements > before.placements) {
    placementCases = await findPlacementCases(db, target.participants);
    target.placements = Math.max(before.placements, Math.min(target.placements, placementCases.length));
  }
  const report = options.onProgress ?? (() => {});
  const seedDesk = async () =>
    options.desk
      ? seedConsultationDesk(db, settings, options.desk, target, { batchSize, onProgress: report })
      : undefined;
  if (
    supportUnchanged &&
    target.workplaces === before.workplaces &&
    target.placements === before.placements
  ) {
    const desk = await seedDesk();
    if (desk && desk.after !== desk.before)
      await auditScaleRun(db, settings, { before, after: before, desk });
    return { before, after: before, desk };
  }
  const staff = await ensureScaleStaff(db, settings.today);

  // Participants, each with the case that brought them (case i belongs to participant i).
  for (let start = before.participants; start < target.participants; start += batchSize) {
    const end = Math.min(target.participants, start + batchSize);
    const rows: { participant: GeneratedParticipant; createdBy: string | null }[] = [];
    const firstCases: GeneratedCase[] = [];
    for (let i = start; i < end; i++) {
      const { participant, firstCase } = participantWithFirstCase(settings, i, target.participants);
      rows.push({ participant, createdBy: leadOf(staff, firstCase) });
      if (i >= before.cases && i < target.cases) firstCases.push(firstCase);
    }
    await db.transaction(async (tx) => {
      await insertParticipants(tx, rows);
      await insertCases(tx, staff, firstCases);
    });
    report({
      phase: "participants",
      done: end - before.participants,
      total: target.participants - before.participants,
    });
  }
  // Further cases: a second program, a return years later.
  const casesFrom = Math.max(before.cases, target.participants);
  for (let start = casesFrom; start < target.cases; start += batchSize) {
    const end = Math.min(target.cases, start + batchSize);
    const batch: GeneratedCase[] = [];
    for (let j = start; j < end; j++) batch.push(generateCase(settings, j, target.participants));
    await db.transaction((tx) => insertCases(tx, staff, batch));
    report({ phase: "cases", done: end - casesFrom, total: target.cases - casesFrom });
  }
  for (let start = before.activities; start < target.activities; start += activityBatchSize) {
    const end = Math.min(target.activities, start + activityBatchSize);
    const batch: GeneratedActivity[] = [];
    for (let k = start; k < end; k++) batch.push(generateActivity(settings, k, target.cases));
    await db.transaction((tx) => insertActivities(tx, settings.today, batch));
    report({
      phase: "activities",
      done: end - before.activities,
      total: target.activities - before.activities,
    });
  }
  await seedPlacements(db, settings, before, target, placementCases, batchSize, report);
  const desk = await seedDesk();
  const after = await countScaleRecords(db);
  await auditScaleRun(db, settings, { before, after, desk });
  return { before, after, desk };
}

/** The run in the audit trail: what was there before and after. */
async function auditScaleRun(db: Database, settings: GeneratorSettings, counts: Record<string, unknown>) {
  await db.transaction((tx) =>
    recordAudit(
      tx,
      { id: null, email: "seed:scale (command line)", clientAddress: null },
      {
        action: "import",
        entity: "participant",
        detail: { scaleData: true, seed: settings.seed, today: settings.today, ...counts },
      },
    ),
  );
}

/** Workplaces and their certifications, then placements with attendance, evaluations and outcomes. */
async function seedPlacements(
  db: Database,
  settings: GeneratorSettings,
  before: ScaleSizes,
  target: ScaleSizes,
  knownCases: PlacementCase[] | undefined,
  batchSize: number,
  report: (progress: SeedProgress) => void,
): Promise<void> {
  const workplaceBatch = 1_000;
  for (let start = before.workplaces; start < target.workplaces; start += workplaceBatch) {
    const end = Math.min(target.workplaces, start + workplaceBatch);
    const batch: GeneratedWorkplace[] = [];
    for (let j = start; j < end; j++) batch.push(generateWorkplace(settings, j));
    await db.transaction((tx) => insertWorkplaces(tx, settings.windowStart, batch));
    report({
      phase: "workplaces",
      done: end - before.workplaces,
      total: target.workplaces - before.workplaces,
    });
  }
  if (target.placements <= before.placements || target.workplaces === 0) return;
  const cases = knownCases ?? (await findPlacementCases(db, target.participants));
  const placementTarget = Math.min(target.placements, cases.length);
  const pool = workplacePool(
    Array.from({ length: target.workplaces }, (_, j) => generateWorkplace(settings, j)),
  );
  for (let start = before.placements; start < placementTarget; start += batchSize) {
    const end = Math.min(placementTarget, start + batchSize);
    const batch: GeneratedPlacement[] = [];
    for (let k = start; k < end; k++) {
      const supportCase = cases[k];
      if (supportCase) batch.push(generatePlacement(settings, k, supportCase, pool));
    }
    await db.transaction((tx) => insertPlacements(tx, batch));
    report({
      phase: "placements",
      done: end - before.placements,
      total: placementTarget - before.placements,
    });
  }
}

/** Statistics and the visibility map for the seeded tables (PGlite has no autovacuum). */
export async function vacuumScaleTables(database: DatabaseHandle): Promise<void> {
  await database.withRawSession((session) =>
    session.exec(
      "vacuum (analyze) users, user_programs, programs, participants, participant_sensitive, consents, cases, case_intakes, case_assessments, support_plans, case_conferences, case_evaluations, case_closures, case_transitions, activities, partner_workplaces, workplace_certifications, placements, placement_attendance, placement_evaluations, case_outcomes, case_follow_ups, consultation_categories, consultations, consultation_requests, agencies, advisors, referrals, consultation_schedules, appointments",
    ),
  );
}
