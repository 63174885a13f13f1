import type { FigureFilters, FigureMeasure } from "@otagai/shared/network/proposals";
import { and, asc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "../../../platform/db/client.ts";
import { containsPattern } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { consultationCategories, consultations } from "../../consultation/consultations.tables.ts";
import { programs } from "../../programs/programs.tables.ts";
import { caseIntakes, cases } from "../../support/cases/cases.tables.ts";
import { caseOutcomes } from "../../support/outcomes/outcomes.tables.ts";
import { participants } from "../../support/participants/participants.tables.ts";
import { placements } from "../../support/placements/placements.tables.ts";

/**
 * The figures backing a proposal: one COUNT in the database per figure, over the proposal's period
 * (two days in Japan, both included), across every program (an aggregate names nobody). Nothing is
 * stored: each read counts again.
 */
export type Period = { from: string; to: string };

const startOfDayInJapan = (day: string) => sql`(${day}::date::timestamp at time zone 'Asia/Tokyo')`;

/** A participant whose address names the area (座間市 in "神奈川県座間市相模が丘…"). */
function participantInArea(participantId: AnyPgColumn, area: string): SQL {
  return sql`exists (select 1 from ${participants} where ${participants.id} = ${participantId}
    and ${participants.address} ilike ${containsPattern(area)})`;
}

/** The consultations of the period matching the filters. */
function consultationsWhere(period: Period, filters: FigureFilters): SQL | undefined {
  return and(
    sql`${consultations.consultedAt} >= ${startOfDayInJapan(period.from)}`,
    sql`${consultations.consultedAt} < ${startOfDayInJapan(period.to)} + interval '1 day'`,
    filters.categoryCode
      ? sql`exists (select 1 from ${consultationCategories} where ${consultationCategories.id} = ${consultations.categoryId}
          and ${consultationCategories.code} = ${filters.categoryCode})`
      : undefined,
    filters.concernTopic ? sql`${filters.concernTopic} = any(${consultations.concernTopics})` : undefined,
    filters.channel ? eq(consultations.channel, filters.channel) : undefined,
    // The area the desk wrote down, or, where it wrote none, the known participant's address.
    filters.area
      ? sql`(${consultations.area} ilike ${containsPattern(filters.area)} or (${consultations.area} = ''
          and ${participantInArea(consultations.participantId, filters.area)}))`
      : undefined,
    // The program of the case it led to, or a program the participant has a case in.
    filters.programId
      ? sql`(exists (select 1 from ${cases} where ${cases.id} = ${consultations.caseId}
            and ${cases.programId} = ${filters.programId})
          or exists (select 1 from ${participants} where ${participants.id} = ${consultations.participantId}
            and ${filters.programId}::uuid = any(${participants.programIds})))`
      : undefined,
  );
}

/** Conditions on a case (program, intake concern, participant's area) shared by the support measures. */
function caseFilters(filters: FigureFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.programId) conditions.push(sql`${cases.programId} = ${filters.programId}`);
  if (filters.concernTopic)
    conditions.push(sql`exists (select 1 from ${caseIntakes} where ${caseIntakes.caseId} = ${cases.id}
      and ${filters.concernTopic} = any(${caseIntakes.concernTopics}))`);
  if (filters.area) conditions.push(participantInArea(cases.participantId, filters.area));
  return conditions;
}

const between = (column: SQL, period: Period) =>
  sql`${column} between ${period.from}::date and ${period.to}::date`;

export async function countFigure(
  db: Database,
  measure: FigureMeasure,
  filters: FigureFilters,
  period: Period,
): Promise<number> {
  const total = sql<number>`count(*)::int`;
  let rows: { total: number }[];
  switch (measure) {
    case "consultations":
      rows = await db.select({ total }).from(consultations).where(consultationsWhere(period, filters));
      break;
    case "cases":
      // New intakes: cases opened in the period.
      rows = await db
        .select({ total })
        .from(cases)
        .where(and(between(sql`${cases.openedOn}`, period), ...caseFilters(filters)));
      break;
    case "placements":
      // Placements that started (not those only planned) on a day of the period.
      rows = await db
        .select({ total })
        .from(placements)
        .innerJoin(cases, eq(cases.id, placements.caseId))
        .where(
          and(
            between(sql`${placements.startOn}`, period),
            sql`${placements.status} <> 'planned'`,
            ...caseFilters(filters),
          ),
        );
      break;
    case "outcomes":
      rows = await db
        .select({ total })
        .from(caseOutcomes)
        .innerJoin(cases, eq(cases.id, caseOutcomes.caseId))
        .where(and(between(sql`${caseOutcomes.startedOn}`, period), ...caseFilters(filters)));
      break;
  }
  return rows[0]?.total ?? 0;
}

/** The figure editor's choices: the desk's categories with a code, and the programs. */
export async function findFigureOptions(db: Database) {
  const [categories, programRows] = await Promise.all([
    db
      .select({ code: consultationCategories.code, name: consultationCategories.name })
      .from(consultationCategories)
      .where(isNotNull(consultationCategories.code))
      .orderBy(asc(consultationCategories.sortOrder), asc(consultationCategories.name)),
    db.select({ id: programs.id, name: programs.name }).from(programs).orderBy(asc(programs.code)).limit(500),
  ]);
  return {
    categories: categories.map((row) => ({ code: row.code ?? "", name: row.name })),
    programs: programRows,
  };
}

/** Program names by id, for the printed filters. */
export async function findProgramNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (onlyUuids(ids).length === 0) return new Map();
  const rows = await db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .where(inArray(programs.id, onlyUuids(ids)));
  return new Map(rows.map((row) => [row.id, row.name]));
}
