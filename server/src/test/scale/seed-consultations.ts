// Fills the consultation desk at scale (issue 12), after the support area (seed.ts calls it): the
// desk's consultants and own categories, the directory, consultations, requests from the public
// form, referrals, the two regular days and their appointments. Idempotent per size as the rest:
// numbered ids, counted by a primary-key range; a bigger size adds the difference.
import { randomBytes } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { hashPassword } from "../../modules/auth/passwords.ts";
import { consultationCategories } from "../../modules/consultation/consultations.tables.ts";
import { insertUser } from "../../modules/users/users.repository.ts";
import { users } from "../../modules/users/users.tables.ts";
import type { Database } from "../../platform/db/client.ts";
import { generateAppointments, generateSchedules, schedulesStartOn } from "./appointments.ts";
import { type GeneratedRequest, generateRequest } from "./consultation-requests.ts";
import { type DeskSizes, type GeneratedConsultation, generateConsultation } from "./consultations.ts";
import {
  type DeskRefs,
  insertAppointments,
  insertConsultations,
  insertDeskCategories,
  insertDirectory,
  insertReferrals,
  insertRequests,
  insertSchedules,
} from "./insert-consultations.ts";
import { familyNames, givenNames } from "./names.ts";
import {
  type GeneratedReferral,
  generateAdvisor,
  generateAgency,
  generateReferral,
  type ReferralCase,
  referralSource,
} from "./referrals.ts";
import { type GeneratorSettings, type RecordKind, scaleId, scaleIdRange } from "./settings.ts";

/** What the desk holds of the scale data (appointments: however many slots were booked). */
export type DeskCounts = DeskSizes & { appointments: number };

export type DeskProgress = {
  phase: "consultations" | "requests" | "referrals" | "appointments";
  done: number;
  total: number;
};

async function rowsOf<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export async function countDeskRecords(db: Database): Promise<DeskCounts> {
  const count = async (table: string, kind: RecordKind) => {
    const [low, high] = scaleIdRange(kind);
    const [row] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)} where id between ${low}::uuid and ${high}::uuid`,
    );
    return row?.n ?? 0;
  };
  return {
    consultations: await count("consultations", "consultation"),
    referrals: await count("referrals", "referral"),
    requests: await count("consultation_requests", "request"),
    agencies: await count("agencies", "agency"),
    advisors: await count("advisors", "advisor"),
    appointments: await count("appointments", "appointment"),
  };
}

const scaleStaffDomain = "scale.otagai.example";
const deskConsultants = 6;

/** Six fictional desk consultants (who cannot log in), with the active consultants already there. */
async function ensureDeskConsultants(db: Database): Promise<string[]> {
  let passwordHash: string | undefined;
  for (let n = 1; n <= deskConsultants; n++) {
    const email = `consultant-${n}@${scaleStaffDomain}`;
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) continue;
    passwordHash ??= await hashPassword(randomBytes(24).toString("base64url"));
    const family = familyNames[(n * 11) % 60]?.name ?? { name: "佐藤", reading: "さとう" };
    const given = givenNames["1975"][n % 2 === 0 ? "female" : "male"][(n * 3) % 50]?.name ?? {
      name: "誠",
      reading: "まこと",
    };
    await insertUser(db, {
      email,
      displayName: `${family.name} ${given.name}`,
      displayNameKana: `${family.reading} ${given.reading}`,
      role: "consultant",
      passwordHash,
    });
  }
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "consultant"), eq(users.status, "active")))
    .orderBy(asc(users.email));
  return rows.map((row) => row.id);
}

/** The cases referrals come from, as stored (those not there are left out). */
async function findReferralCases(db: Database, ids: string[]): Promise<Map<string, ReferralCase>> {
  if (ids.length === 0) return new Map();
  const rows = await rowsOf<ReferralCase>(
    db,
    sql`select id, participant_id as "participantId", opened_on::text as "openedOn", closed_on::text as "closedOn"
        from cases where id = any(${sql.param(ids)}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Adds what is missing of the desk up to `sizes`, for `participants` scale participants and
 * `cases` scale cases already in the database. Returns the counts before and after.
 */
export async function seedConsultationDesk(
  db: Database,
  settings: GeneratorSettings,
  sizes: DeskSizes,
  support: { participants: number; cases: number },
  options: { batchSize?: number; onProgress?: (progress: DeskProgress) => void } = {},
): Promise<{ before: DeskCounts; after: DeskCounts }> {
  const batchSize = options.batchSize ?? 2_000;
  const report = options.onProgress ?? (() => {});
  const before = await countDeskRecords(db);
  const target: DeskSizes = {
    consultations: Math.max(before.consultations, sizes.consultations),
    referrals: Math.max(before.referrals, sizes.referrals),
    requests: Math.max(before.requests, sizes.requests),
    agencies: Math.max(before.agencies, sizes.agencies),
    advisors: Math.max(before.advisors, sizes.advisors),
  };
  const categories = await db
    .select({ id: consultationCategories.id, code: consultationCategories.code })
    .from(consultationCategories);
  const refs: DeskRefs = {
    categoryIdByCode: new Map(categories.flatMap((row) => (row.code ? [[row.code, row.id] as const] : []))),
    deskCategoryIds: await insertDeskCategories(db, settings),
    consultants: await ensureDeskConsultants(db),
    agencyIds: Array.from({ length: target.agencies }, (_, j) => settings.idOf("agency", j)),
    advisorIds: Array.from({ length: target.advisors }, (_, j) => settings.idOf("advisor", j)),
  };
  await insertDirectory(
    db,
    settings.windowStart,
    Array.from({ length: target.agencies }, (_, j) => generateAgency(settings, j)),
    Array.from({ length: target.advisors }, (_, j) => generateAdvisor(settings, j)),
  );

  for (let start = before.consultations; start < target.consultations; start += batchSize) {
    const end = Math.min(target.consultations, start + batchSize);
    const batch: GeneratedConsultation[] = [];
    for (let i = start; i < end; i++) batch.push(generateConsultation(settings, i, support.participants));
    await db.transaction((tx) => insertConsultations(tx, settings, refs, batch));
    report({
      phase: "consultations",
      done: end - before.consultations,
      total: target.consultations - before.consultations,
    });
  }
  const requestSizes = { ...target, participants: support.participants };
  for (let start = before.requests; start < target.requests; start += batchSize) {
    const end = Math.min(target.requests, start + batchSize);
    const batch: GeneratedRequest[] = [];
    for (let i = start; i < end; i++) batch.push(generateRequest(settings, i, requestSizes));
    await db.transaction((tx) => insertRequests(tx, refs, batch));
    report({ phase: "requests", done: end - before.requests, total: target.requests - before.requests });
  }
  const referralSizes = { ...target, participants: support.participants, cases: support.cases };
  const canRefer = target.consultations > 0 && target.agencies + target.advisors > 0;
  for (let start = before.referrals; canRefer && start < target.referrals; start += batchSize) {
    const end = Math.min(target.referrals, start + batchSize);
    const sources = Array.from({ length: end - start }, (_, n) =>
      referralSource(settings, start + n, referralSizes),
    );
    const cases = await findReferralCases(
      db,
      sources.flatMap((source) => (source.kind === "case" ? [scaleId("case", source.caseIndex)] : [])),
    );
    const batch: GeneratedReferral[] = sources.map((source, n) =>
      generateReferral(
        settings,
        start + n,
        source,
        source.kind === "case" ? (cases.get(scaleId("case", source.caseIndex)) ?? null) : null,
        referralSizes,
      ),
    );
    await db.transaction((tx) => insertReferrals(tx, refs, batch, (n) => start + n));
    report({ phase: "referrals", done: end - before.referrals, total: target.referrals - before.referrals });
  }

  // The regular days and their appointments: the slots not taken yet (a later day adds the new ones).
  await insertSchedules(db, refs, schedulesStartOn(settings.today), generateSchedules(settings));
  const [low, high] = scaleIdRange("appointment");
  const existing = new Set(
    (
      await rowsOf<{ id: string }>(
        db,
        sql`select id::text as id from appointments where id between ${low}::uuid and ${high}::uuid`,
      )
    ).map((row) => row.id),
  );
  const missing = generateAppointments(settings, {
    participants: support.participants,
    requests: target.requests,
  }).filter((appointment) => !existing.has(appointment.id));
  for (let start = 0; start < missing.length; start += batchSize) {
    const end = Math.min(missing.length, start + batchSize);
    await db.transaction((tx) => insertAppointments(tx, settings, refs, missing.slice(start, end)));
    report({ phase: "appointments", done: end, total: missing.length });
  }
  const after = await countDeskRecords(db);
  // The same object when nothing was added (as seedScaleData answers for the support area).
  const unchanged = (Object.keys(after) as (keyof DeskCounts)[]).every((key) => after[key] === before[key]);
  return { before, after: unchanged ? before : after };
}
