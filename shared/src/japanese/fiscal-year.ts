// 年度: the Japanese fiscal year, April to March, as public bodies, their contracts and the monthly
// 支援状況調査 count it. A fiscal year is named by the calendar year it starts in (2026 = 2026-04-01 to
// 2027-03-31).
import { formatIsoDate, toCalendarDate } from "./calendar-date.ts";
import { warekiYear } from "./era.ts";

/** The fiscal year a day belongs to (a Date is read as its day in Japan), or null for an invalid date. */
export function fiscalYearOf(date: Date | string): number | null {
  const day = toCalendarDate(date);
  if (!day) return null;
  return day.month >= 4 ? day.year : day.year - 1;
}

/** First and last day, "YYYY-MM-DD". */
export function fiscalYearRange(fiscalYear: number): { start: string; end: string } {
  return {
    start: formatIsoDate({ year: fiscalYear, month: 4, day: 1 }),
    end: formatIsoDate({ year: fiscalYear + 1, month: 3, day: 31 }),
  };
}

/**
 * "令和8年度". A fiscal year is named by the era of the calendar year it starts in, as that year is
 * named at its end: 2019 (began under 平成 on 1 April) is 令和元年度, as in the ministries' statistics,
 * while 1988 stays 昭和63年度 (平成 began in 1989). null before 明治 and for a non-integer year.
 */
export function fiscalYearLabel(fiscalYear: number): string | null {
  if (!Number.isInteger(fiscalYear)) return null;
  const year = warekiYear(formatIsoDate({ year: fiscalYear, month: 12, day: 31 }));
  return year && `${year}度`;
}
