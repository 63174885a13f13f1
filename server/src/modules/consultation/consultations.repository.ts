import { toSearchKey } from "@otagai/shared/japanese/kana";
import { and, asc, desc, eq, gte, ilike, inArray, like, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { AccessScope } from "../../platform/access/access-scope.ts";
import type { Database } from "../../platform/db/client.ts";
import { containsPattern, countUpTo, type ListTotal } from "../../platform/db/list-page.ts";
import { onlyUuids } from "../../platform/db/uuids.ts";
import { participants } from "../support/participants/participants.tables.ts";
import { users } from "../users/users.tables.ts";
import { consultationVisibleTo } from "./consultations.policy.ts";
import { consultationCategories, consultations } from "./consultations.tables.ts";

export type CategoryRow = typeof consultationCategories.$inferSelect;
export type CategoryValues = typeof consultationCategories.$inferInsert;
export type ConsultationRecord = typeof consultations.$inferSelect;
export type ConsultationValues = typeof consultations.$inferInsert;

/** A consultation with the names it shows: its category, its consultant and its participant. */
export type ConsultationRow = ConsultationRecord & {
  categoryName: string;
  consultantName: string | null;
  participant: {
    familyName: string;
    givenName: string;
    familyNameKana: string;
    givenNameKana: string;
    phone: string;
    email: string | null;
  } | null;
};

// ── Categories ─────────────────────────────────────────────────────────────────

/** Every category, the desk's order (sort_order, then name). */
export function findCategories(db: Database): Promise<CategoryRow[]> {
  return db
    .select()
    .from(consultationCategories)
    .orderBy(asc(consultationCategories.sortOrder), asc(consultationCategories.name));
}

export async function getCategory(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CategoryRow | undefined> {
  const query = db.select().from(consultationCategories).where(eq(consultationCategories.id, id));
  const [row] = await (options.forUpdate ? query.for("update") : query);
  return row;
}

export async function insertCategory(db: Database, values: CategoryValues): Promise<CategoryRow> {
  const [row] = await db.insert(consultationCategories).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: undefined when someone saved first. */
export async function updateCategory(
  db: Database,
  current: CategoryRow,
  changes: Partial<CategoryValues>,
): Promise<CategoryRow | undefined> {
  const [row] = await db
    .update(consultationCategories)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${consultationCategories.version} + 1` })
    .where(
      and(eq(consultationCategories.id, current.id), eq(consultationCategories.version, current.version)),
    )
    .returning();
  return row;
}

// ── Consultations ──────────────────────────────────────────────────────────────

const rowColumns = {
  consultation: consultations,
  categoryName: consultationCategories.name,
  consultantName: users.displayName,
  participantId: participants.id,
  familyName: participants.familyName,
  givenName: participants.givenName,
  familyNameKana: participants.familyNameKana,
  givenNameKana: participants.givenNameKana,
  phone: participants.phone,
  email: participants.email,
};

type JoinedRow = {
  consultation: ConsultationRecord;
  categoryName: string;
  consultantName: string | null;
  participantId: string | null;
  familyName: string | null;
  givenName: string | null;
  familyNameKana: string | null;
  givenNameKana: string | null;
  phone: string | null;
  email: string | null;
};

function toRow(joined: JoinedRow): ConsultationRow {
  return {
    ...joined.consultation,
    categoryName: joined.categoryName,
    consultantName: joined.consultantName,
    participant:
      joined.participantId === null
        ? null
        : {
            familyName: joined.familyName ?? "",
            givenName: joined.givenName ?? "",
            familyNameKana: joined.familyNameKana ?? "",
            givenNameKana: joined.givenNameKana ?? "",
            phone: joined.phone ?? "",
            email: joined.email,
          },
  };
}

function selectRows(db: Database) {
  return db
    .select(rowColumns)
    .from(consultations)
    .innerJoin(consultationCategories, eq(consultationCategories.id, consultations.categoryId))
    .leftJoin(users, eq(users.id, consultations.consultantId))
    .leftJoin(participants, eq(participants.id, consultations.participantId));
}

export type ConsultationFilter = {
  q?: string | undefined;
  categoryId?: string | undefined;
  channel?: string | undefined;
  status?: string | undefined;
  consultantId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/**
 * The person's name by its folded key (kana or kanji, as the participants search), or words of the
 * question or the answer (as typed, case-insensitive).
 */
function searchCondition(q: string | undefined): SQL | undefined {
  const words = q?.trim() ?? "";
  if (words === "") return undefined;
  const key = toSearchKey(words);
  return or(
    key ? like(consultations.searchKey, containsPattern(key)) : undefined,
    ilike(consultations.question, containsPattern(words)),
    ilike(consultations.answer, containsPattern(words)),
  );
}

/** A day in Japan as a moment: consulted_at is a timestamp, the filter's days are Japan's. */
const startOfDayInJapan = (day: string) => sql`(${day}::date::timestamp at time zone 'Asia/Tokyo')`;

function listCondition(scope: AccessScope, filter: ConsultationFilter): SQL | undefined {
  return and(
    consultationVisibleTo(scope),
    searchCondition(filter.q),
    filter.categoryId ? eq(consultations.categoryId, filter.categoryId) : undefined,
    filter.channel ? eq(consultations.channel, filter.channel) : undefined,
    filter.status ? eq(consultations.status, filter.status) : undefined,
    filter.consultantId ? eq(consultations.consultantId, filter.consultantId) : undefined,
    filter.from ? gte(consultations.consultedAt, startOfDayInJapan(filter.from)) : undefined,
    filter.to
      ? lt(consultations.consultedAt, sql`${startOfDayInJapan(filter.to)} + interval '1 day'`)
      : undefined,
  );
}

/** A page of consultations, newest first (consultations_consulted_idx); totals capped (ADR 013). */
export async function findConsultations(
  db: Database,
  scope: AccessScope,
  filter: ConsultationFilter & { page: number; pageSize: number },
): Promise<{ rows: ConsultationRow[] } & ListTotal> {
  const where = listCondition(scope, filter);
  const [rows, total] = await Promise.all([
    selectRows(db)
      .where(where)
      .orderBy(desc(consultations.consultedAt), desc(consultations.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    countUpTo(db, consultations, where),
  ]);
  return { rows: rows.map(toRow), ...total };
}

/** A participant's consultations, newest first (the scope is checked on the participant first). */
export async function findConsultationsOfParticipant(
  db: Database,
  scope: AccessScope,
  participantId: string,
): Promise<ConsultationRow[]> {
  const rows = await selectRows(db)
    .where(and(eq(consultations.participantId, participantId), consultationVisibleTo(scope)))
    .orderBy(desc(consultations.consultedAt), desc(consultations.id))
    .limit(500);
  return rows.map(toRow);
}

/** One consultation the user reaches (undefined otherwise), optionally locked for a change. */
export async function getConsultation(
  db: Database,
  scope: AccessScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ConsultationRow | undefined> {
  const query = selectRows(db).where(and(eq(consultations.id, id), consultationVisibleTo(scope)));
  const [row] = await (options.forUpdate ? query.for("update", { of: consultations }) : query);
  return row ? toRow(row) : undefined;
}

export async function insertConsultation(db: Database, values: ConsultationValues): Promise<{ id: string }> {
  const [row] = await db.insert(consultations).values(values).returning({ id: consultations.id });
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: false when someone saved first. */
export async function updateConsultation(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<ConsultationValues>,
): Promise<boolean> {
  const rows = await db
    .update(consultations)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${consultations.version} + 1` })
    .where(and(eq(consultations.id, current.id), eq(consultations.version, current.version)))
    .returning({ id: consultations.id });
  return rows.length > 0;
}

// ── What a consultation names ──────────────────────────────────────────────────

/** A participant's search key, as consultations store it for a participant kind. */
export async function getParticipantSearchKey(db: Database, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ searchKey: participants.searchKey })
    .from(participants)
    .where(eq(participants.id, id));
  return row?.searchKey;
}

/** A user's status and role (a consultant must be an active internal account). */
export async function findUserStatus(
  db: Database,
  id: string,
): Promise<{ status: string; role: string } | undefined> {
  const [row] = await db
    .select({ status: users.status, role: users.role })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

// ── The today list ─────────────────────────────────────────────────────────────

export type NextActionRow = {
  id: string;
  nextAction: string;
  nextActionOn: string;
  consultantId: string | null;
  categoryName: string;
};

/** Consultations not closed whose next action falls `aheadDays` after `today` or before, the user's own first. */
export function findNextActionsDue(
  db: Database,
  scope: AccessScope,
  window: { today: string; aheadDays: number; userId: string; limit: number },
): Promise<NextActionRow[]> {
  return db
    .select({
      id: consultations.id,
      nextAction: consultations.nextAction,
      nextActionOn: sql<string>`${consultations.nextActionOn}`,
      consultantId: consultations.consultantId,
      categoryName: consultationCategories.name,
    })
    .from(consultations)
    .innerJoin(consultationCategories, eq(consultationCategories.id, consultations.categoryId))
    .where(
      and(
        ne(consultations.status, "closed"),
        sql`${consultations.nextActionOn} is not null`,
        sql`${consultations.nextActionOn} <= ${window.today}::date + ${window.aheadDays}::int`,
        consultationVisibleTo(scope),
      ),
    )
    .orderBy(
      sql`(${consultations.consultantId} is not distinct from ${window.userId}::uuid) desc`,
      asc(consultations.nextActionOn),
      asc(consultations.id),
    )
    .limit(window.limit);
}

// ── The audit trail's names ────────────────────────────────────────────────────

/**
 * A consultation as the audit trail names it: the day, the category and who consulted (the
 * participant's or the new person's name; none for an anonymous one).
 */
export async function findConsultationNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({
      id: consultations.id,
      day: sql<string>`to_char(${consultations.consultedAt} at time zone 'Asia/Tokyo', 'YYYY-MM-DD')`,
      category: consultationCategories.name,
      personName: consultations.personName,
      familyName: participants.familyName,
      givenName: participants.givenName,
    })
    .from(consultations)
    .innerJoin(consultationCategories, eq(consultationCategories.id, consultations.categoryId))
    .leftJoin(participants, eq(participants.id, consultations.participantId))
    .where(inArray(consultations.id, uuids));
  return new Map(
    rows.map((row) => {
      const person =
        row.familyName !== null ? `${row.familyName} ${row.givenName ?? ""}`.trim() : row.personName;
      return [row.id, [row.day, row.category, person].filter((part) => part !== "").join("・")];
    }),
  );
}

/** Category names by id, for the audit trail. */
export async function findCategoryNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: consultationCategories.id, name: consultationCategories.name })
    .from(consultationCategories)
    .where(inArray(consultationCategories.id, uuids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
