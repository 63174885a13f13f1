import type { Figures, figuresQuerySchema } from "@otagai/shared/consultation/figures";
import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import type { z } from "zod";
import type { Database } from "../../../platform/db/client.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { presentFigures } from "./figures.presenter.ts";
import { countFigures, type Period } from "./figures.repository.ts";

type FiguresQuery = z.output<typeof figuresQuerySchema>;

/** The period asked for, or the fiscal year (April–March) that today in Japan belongs to. */
export function figuresPeriod(query: FiguresQuery, today = todayInJapan()): Period {
  if (query.from && query.to) return { from: query.from, to: query.to };
  const range = fiscalYearRange(fiscalYearOf(today) ?? Number(today.slice(0, 4)));
  return { from: range.start, to: range.end };
}

/**
 * The desk's figures for a period. Aggregates only, with no person in them: not a read of anyone's
 * record, so nothing is written to the audit trail.
 */
export async function getFigures(db: Database, query: FiguresQuery): Promise<Figures> {
  const period = figuresPeriod(query);
  return presentFigures(period, await countFigures(db, period));
}
