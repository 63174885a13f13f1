import {
  type ContractIndicator,
  type IndicatorPart,
  type IndicatorRecordKind,
  indicatorParts,
  partOf,
  ratePercent,
} from "@otagai/shared/reports/indicators";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { selectRows } from "../../../platform/db/select-rows.ts";
import { indicatorRows, type Period, type ReportScope } from "./indicator-rows.ts";

/** One part's figures: by month ("2026-04") and over the whole period. */
export type PartFigures = { byMonth: Map<string, number | null>; total: number | null };
/** indicator → part → figures. */
export type IndicatorFigures = Map<ContractIndicator, Map<string, PartFigures>>;

type GroupRow = {
  indicator: ContractIndicator;
  part: string;
  month: string | null;
  people: number;
  records: number;
  amount: number;
};

const allRows = (indicators: readonly ContractIndicator[], scope: ReportScope, period: Period) =>
  sql.join(
    indicators.map(
      (indicator) =>
        sql`select ${indicator}::text as indicator, r.* from (${indicatorRows[indicator](scope, period)}) r`,
    ),
    sql` union all `,
  );

function figureOf(part: IndicatorPart, row: GroupRow | undefined): number {
  if (!row) return 0;
  if (part.measure === "people") return row.people;
  if (part.measure === "records") return row.records;
  return Number(row.amount);
}

/**
 * Whether a row belongs to a part that counts people: only those pay for a distinct count (sorting
 * their rows); a part counting records lists each record once, so counting rows is enough.
 */
function countsPeople(indicators: readonly ContractIndicator[]): SQL {
  const keys = indicators.flatMap((indicator) =>
    (indicatorParts[indicator] as readonly IndicatorPart[])
      .filter((part) => part.measure === "people")
      .map((part) => `${indicator}.${part.key}`),
  );
  if (keys.length === 0) return sql`false`;
  return sql`(r.indicator || '.' || r.part) in (${sql.join(
    keys.map((key) => sql`${key}`),
    sql`, `,
  )})`;
}

/**
 * The indicators' figures over a period, by month and in total, one grouping query per indicator:
 * people counted once per month and once over the period (so a total of people is not the sum of its
 * months), records once (each indicator's query lists a record once per part), sums summed. Rates
 * are computed from their two parts.
 */
export async function countIndicators(
  db: Database,
  indicators: readonly ContractIndicator[],
  scope: ReportScope,
  period: Period,
): Promise<IndicatorFigures> {
  const figures: IndicatorFigures = new Map();
  if (indicators.length === 0) return figures;
  // One grouping query per indicator, side by side: on a server each runs on its own connection
  // (and core), and each sorts only its own rows.
  const result = (
    await Promise.all(
      indicators.map((indicator) =>
        selectRows<GroupRow>(
          db,
          sql`
    select r.indicator, r.part,
      case when grouping(to_char(r.on_date, 'YYYY-MM')) = 1 then null else to_char(r.on_date, 'YYYY-MM') end as month,
      count(distinct r.participant_id) filter (where ${countsPeople([indicator])})::int as people,
      count(*)::int as records,
      coalesce(sum(r.amount), 0)::float8 as amount
    from (${allRows([indicator], scope, period)}) r
    group by grouping sets ((r.indicator, r.part, to_char(r.on_date, 'YYYY-MM')), (r.indicator, r.part))`,
        ),
      ),
    )
  ).flat();
  const grouped = new Map<string, GroupRow>();
  for (const row of result) grouped.set(`${row.indicator}|${row.part}|${row.month ?? ""}`, row);
  const months = [...new Set(result.flatMap((row) => (row.month ? [row.month] : [])))];

  for (const indicator of indicators) {
    const parts = new Map<string, PartFigures>();
    const plain = (indicatorParts[indicator] as readonly IndicatorPart[]).filter(
      (part) => part.measure !== "rate",
    );
    for (const part of plain) {
      const byMonth = new Map<string, number | null>();
      for (const month of months) {
        const row = grouped.get(`${indicator}|${part.key}|${month}`);
        if (row) byMonth.set(month, figureOf(part, row));
      }
      parts.set(part.key, { byMonth, total: figureOf(part, grouped.get(`${indicator}|${part.key}|`)) });
    }
    for (const part of indicatorParts[indicator] as readonly IndicatorPart[]) {
      if (part.measure !== "rate" || !part.rateOf) continue;
      const numerator = parts.get(part.rateOf.numerator);
      const denominator = parts.get(part.rateOf.denominator);
      const byMonth = new Map<string, number | null>();
      for (const month of months)
        byMonth.set(
          month,
          ratePercent(numerator?.byMonth.get(month) ?? 0, denominator?.byMonth.get(month) ?? 0),
        );
      parts.set(part.key, {
        byMonth,
        total: ratePercent(numerator?.total ?? 0, denominator?.total ?? 0),
      });
    }
    figures.set(indicator, parts);
  }
  return figures;
}

export type RecordBehind = {
  participantId: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  caseId: string;
  recordKind: IndicatorRecordKind;
  recordId: string;
  onDate: string;
  amount: number;
};

type Distinct = "people" | "records" | "sum";
type BehindInput = { indicator: ContractIndicator; scope: ReportScope; period: Period; column: Period };

/** The part listed behind a figure (a rate lists its numerator's people) and what its rows count. */
function listedOf(part: IndicatorPart): { listed: string; measure: IndicatorPart["measure"] } {
  return part.rateOf
    ? { listed: part.rateOf.numerator, measure: "people" }
    : { listed: part.key, measure: part.measure };
}

/**
 * A part's rows over the column's days: one per person (people), per record (records), or all (sums).
 * The indicator's rows are computed first, on their own (materialized): pushed into them, the filter
 * on a derived day (a contact's day in Japan) hides their size from the planner, which then scans
 * every program's rows (measured by bench/reports.ts: 850 ms against 70 ms for a year's contacts).
 */
const behindRows = (input: BehindInput, partKey: string, distinctOn: Distinct) => sql`
    select ${distinctOn === "people" ? sql`distinct on (r.participant_id)` : distinctOn === "records" ? sql`distinct on (r.record_kind, r.record_id)` : sql``}
      r.participant_id, r.case_id, r.record_kind, r.record_id, r.on_date, r.amount
    from (with indicator_rows as materialized (${indicatorRows[input.indicator](input.scope, input.period)})
      select * from indicator_rows) r
    where r.part = ${partKey} and r.on_date between ${input.column.from}::date and ${input.column.to}::date
    order by ${distinctOn === "people" ? sql`r.participant_id,` : distinctOn === "records" ? sql`r.record_kind, r.record_id,` : sql``} r.on_date, r.record_id`;

/**
 * The records behind one figure: the indicator's rows over the report's period (the same query as
 * the figure), those of the part and the column's days, one per person for a count of people and
 * one per record otherwise, in 五十音 order. `figure` is counted over the same rows; the list stops
 * at `limit`. A rate lists the people it counts (its numerator) and gives the rate as its figure.
 */
export async function findRecordsBehind(
  db: Database,
  input: {
    indicator: ContractIndicator;
    part: string;
    scope: ReportScope;
    /** The report's period: the rows are computed over it, as for the report's figures. */
    period: Period;
    /** The column's days within the period. */
    column: Period;
    limit: number;
  },
): Promise<{ rows: RecordBehind[]; rowCount: number; figure: number | null }> {
  const part = partOf(input.indicator, input.part);
  if (!part) return { rows: [], rowCount: 0, figure: null };
  const { listed, measure } = listedOf(part);
  const behind = (partKey: string, distinctOn: Distinct) => behindRows(input, partKey, distinctOn);
  const result = await selectRows<BehindRow & { row_count: number; amount_total: number }>(
    db,
    sql`
    with behind as (${behind(listed, measure === "rate" ? "records" : measure)})
    select b.participant_id, p.family_name, p.given_name, p.family_name_kana, p.given_name_kana,
      b.case_id, b.record_kind, b.record_id, to_char(b.on_date, 'YYYY-MM-DD') as on_date,
      b.amount::float8 as amount, count(*) over ()::int as row_count,
      coalesce(sum(b.amount) over (), 0)::float8 as amount_total
    from behind b join participants p on p.id = b.participant_id
    order by p.reading_key, p.id, b.on_date, b.record_id
    limit ${input.limit}`,
  );
  const first = result[0];
  const rowCount = first?.row_count ?? 0;
  let figure: number | null = measure === "sum" ? Number(first?.amount_total ?? 0) : rowCount;
  if (part.rateOf) {
    const [denominator] = await selectRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (${behind(part.rateOf.denominator, "people")}) d`,
    );
    figure = ratePercent(rowCount, denominator?.n ?? 0);
  }
  return {
    rows: result.map(recordBehindOf),
    rowCount,
    figure,
  };
}

/** A row of the records behind a figure, as the database answers it. */
type BehindRow = {
  participant_id: string;
  family_name: string;
  given_name: string;
  family_name_kana: string;
  given_name_kana: string;
  case_id: string;
  record_kind: IndicatorRecordKind;
  record_id: string;
  on_date: string;
  amount: number;
};

function recordBehindOf(row: BehindRow): RecordBehind {
  return {
    participantId: row.participant_id,
    familyName: row.family_name,
    givenName: row.given_name,
    familyNameKana: row.family_name_kana,
    givenNameKana: row.given_name_kana,
    caseId: row.case_id,
    recordKind: row.record_kind,
    recordId: row.record_id,
    onDate: row.on_date,
    amount: Number(row.amount),
  };
}

/** Where a page of the records behind a figure ends: the next page starts after it (keyset). */
export type RecordsCursor = { readingKey: string; participantId: string; onDate: string; recordId: string };

/**
 * One page of the records behind a figure, in the same order as findRecordsBehind (五十音, then the
 * person, the day, the record) and from the same rows, starting after `after`: an export reads every
 * row this way without holding them all (each page is a query of its own, keyset on the order).
 */
export async function pageRecordsBehind(
  db: Database,
  input: BehindInput & { part: string; after: RecordsCursor | null; limit: number },
): Promise<{ rows: RecordBehind[]; next: RecordsCursor | null }> {
  const part = partOf(input.indicator, input.part);
  if (!part) return { rows: [], next: null };
  const { listed, measure } = listedOf(part);
  const after = input.after;
  const result = await selectRows<BehindRow & { reading_key: string }>(
    db,
    sql`
    with behind as (${behindRows(input, listed, measure === "rate" ? "records" : measure)})
    select b.participant_id, p.reading_key, p.family_name, p.given_name, p.family_name_kana,
      p.given_name_kana, b.case_id, b.record_kind, b.record_id, to_char(b.on_date, 'YYYY-MM-DD') as on_date,
      b.amount::float8 as amount
    from behind b join participants p on p.id = b.participant_id
    ${after ? sql`where (p.reading_key, p.id, b.on_date, b.record_id) > (${after.readingKey}::text, ${after.participantId}::uuid, ${after.onDate}::date, ${after.recordId}::text)` : sql``}
    order by p.reading_key, p.id, b.on_date, b.record_id
    limit ${input.limit}`,
  );
  const last = result.at(-1);
  return {
    rows: result.map(recordBehindOf),
    next:
      last && result.length === input.limit
        ? {
            readingKey: last.reading_key,
            participantId: last.participant_id,
            onDate: last.on_date,
            recordId: last.record_id,
          }
        : null,
  };
}
