import { and, asc, desc, eq, inArray, notInArray, type SQL, sql } from "drizzle-orm";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { consents, participants } from "../../support/participants/participants.tables.ts";
import { users } from "../../users/users.tables.ts";
import { consultations } from "../consultations.tables.ts";
import { referralVisibleTo } from "./referrals.policy.ts";
import { advisors, agencies, referrals } from "./referrals.tables.ts";

export type ReferralRecord = typeof referrals.$inferSelect;
export type ReferralValues = typeof referrals.$inferInsert;

/** A referral with the names it shows: the agency or advisor, the person, who recorded it. */
export type ReferralRow = ReferralRecord & {
  agencyName: string | null;
  agencyKind: string | null;
  advisorName: string | null;
  advisorField: string | null;
  familyName: string | null;
  givenName: string | null;
  createdByName: string | null;
};

function selectRows(db: Database) {
  return db
    .select({
      referral: referrals,
      agencyName: agencies.name,
      agencyKind: agencies.kind,
      advisorName: advisors.name,
      advisorField: advisors.field,
      familyName: participants.familyName,
      givenName: participants.givenName,
      createdByName: users.displayName,
    })
    .from(referrals)
    .leftJoin(agencies, eq(agencies.id, referrals.agencyId))
    .leftJoin(advisors, eq(advisors.id, referrals.advisorId))
    .leftJoin(participants, eq(participants.id, referrals.participantId))
    .leftJoin(users, eq(users.id, referrals.createdBy));
}

type Joined = Awaited<ReturnType<ReturnType<typeof selectRows>["execute"]>>[number];
const toRow = ({ referral, ...names }: Joined): ReferralRow => ({ ...referral, ...names });

export async function getReferral(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<ReferralRow | undefined> {
  const [row] = await selectRows(db).where(and(eq(referrals.id, id), referralVisibleTo(scope)));
  return row ? toRow(row) : undefined;
}

/** Locks the referral's row until the transaction ends, when the user reaches it. */
export async function lockReferral(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<ReferralRecord | undefined> {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), referralVisibleTo(scope)))
    .for("update");
  return row;
}

/** A consultation's or a case's referrals, newest first (the source's own scope is checked first). */
export async function findReferralsOf(
  db: Database,
  scope: AccessScope,
  source: { consultationId: string } | { caseId: string },
): Promise<ReferralRow[]> {
  const bySource =
    "consultationId" in source
      ? eq(referrals.consultationId, source.consultationId)
      : eq(referrals.caseId, source.caseId);
  const rows = await selectRows(db)
    .where(and(bySource, referralVisibleTo(scope)))
    .orderBy(desc(referrals.referredOn), desc(referrals.createdAt))
    .limit(500);
  return rows.map(toRow);
}

export async function insertReferral(db: Database, values: ReferralValues): Promise<{ id: string }> {
  const [row] = await db.insert(referrals).values(values).returning({ id: referrals.id });
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: undefined when someone saved first. */
export async function updateReferral(
  db: Database,
  current: ReferralRecord,
  changes: Partial<ReferralValues>,
): Promise<{ id: string } | undefined> {
  const [row] = await db
    .update(referrals)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${referrals.version} + 1` })
    .where(and(eq(referrals.id, current.id), eq(referrals.version, current.version)))
    .returning({ id: referrals.id });
  return row;
}

/** An open consultation becomes "referred" (a new version); false when it was not open. */
export async function markConsultationReferred(db: Database, consultationId: string): Promise<boolean> {
  const rows = await db
    .update(consultations)
    .set({ status: "referred", updatedAt: sql`now()`, version: sql`${consultations.version} + 1` })
    .where(and(eq(consultations.id, consultationId), eq(consultations.status, "open")))
    .returning({ id: consultations.id });
  return rows.length > 0;
}

/**
 * The participant's consents in force on `on` for a recipient known by any of `names` (the consent's
 * agency, trimmed): given on or before that day and not withdrawn by then; for one purpose when given.
 */
export function findConsentsInForce(
  db: Database,
  filter: { participantId: string; names: string[]; on: string; purpose?: string },
): Promise<{ id: string; purpose: string; givenOn: string }[]> {
  if (filter.names.length === 0) return Promise.resolve([]);
  const conditions: (SQL | undefined)[] = [
    eq(consents.participantId, filter.participantId),
    inArray(sql`btrim(${consents.agency})`, filter.names),
    sql`${consents.givenOn} <= ${filter.on}::date`,
    sql`(${consents.withdrawnOn} is null or ${consents.withdrawnOn} > ${filter.on}::date)`,
    filter.purpose === undefined ? undefined : sql`btrim(${consents.purpose}) = ${filter.purpose}`,
  ];
  return db
    .select({ id: consents.id, purpose: consents.purpose, givenOn: consents.givenOn })
    .from(consents)
    .where(and(...conditions))
    .orderBy(desc(consents.givenOn), asc(consents.id))
    .limit(100);
}

// ── The today list ─────────────────────────────────────────────────────────────

export type TodayReferralRow = {
  id: string;
  consultationId: string | null;
  caseId: string | null;
  recipientName: string;
  day: string;
  createdBy: string | null;
};

const recipientName = sql<string>`coalesce(${agencies.name}, ${advisors.name}, '')`;

function selectTodayRows(db: Database, day: SQL) {
  return db
    .select({
      id: referrals.id,
      consultationId: referrals.consultationId,
      caseId: referrals.caseId,
      recipientName,
      day: sql<string>`${day}::text`,
      createdBy: referrals.createdBy,
    })
    .from(referrals)
    .leftJoin(agencies, eq(agencies.id, referrals.agencyId))
    .leftJoin(advisors, eq(advisors.id, referrals.advisorId));
}

/** Referrals still moving (not declined or closed) whose status has not changed for `staleDays`. */
export function findStaleReferrals(
  db: Database,
  scope: AccessScope,
  window: { today: string; staleDays: number; userId: string; limit: number },
): Promise<TodayReferralRow[]> {
  return selectTodayRows(db, sql`${referrals.statusChangedOn}`)
    .where(
      and(
        notInArray(referrals.status, ["closed", "declined"]),
        sql`${referrals.statusChangedOn} <= ${window.today}::date - ${window.staleDays}::int`,
        referralVisibleTo(scope),
      ),
    )
    .orderBy(
      sql`(${referrals.createdBy} is not distinct from ${window.userId}::uuid) desc`,
      asc(referrals.statusChangedOn),
      asc(referrals.id),
    )
    .limit(window.limit);
}

/** Referrals not closed whose follow-up date is within `aheadDays` or past. */
export function findFollowUpsDue(
  db: Database,
  scope: AccessScope,
  window: { today: string; aheadDays: number; userId: string; limit: number },
): Promise<TodayReferralRow[]> {
  return selectTodayRows(db, sql`${referrals.followUpOn}`)
    .where(
      and(
        sql`${referrals.status} <> 'closed'`,
        sql`${referrals.followUpOn} is not null`,
        sql`${referrals.followUpOn} <= ${window.today}::date + ${window.aheadDays}::int`,
        referralVisibleTo(scope),
      ),
    )
    .orderBy(
      sql`(${referrals.createdBy} is not distinct from ${window.userId}::uuid) desc`,
      asc(referrals.followUpOn),
      asc(referrals.id),
    )
    .limit(window.limit);
}

// ── The audit trail's names ────────────────────────────────────────────────────

/** A referral as the audit trail names it: the day and the agency or advisor (never the person). */
export async function findReferralNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: referrals.id, day: sql<string>`${referrals.referredOn}::text`, recipientName })
    .from(referrals)
    .leftJoin(agencies, eq(agencies.id, referrals.agencyId))
    .leftJoin(advisors, eq(advisors.id, referrals.advisorId))
    .where(inArray(referrals.id, uuids));
  return new Map(rows.map((row) => [row.id, `${row.day}・${row.recipientName}`]));
}
