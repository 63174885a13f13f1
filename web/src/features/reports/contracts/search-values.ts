import type { ReportKind } from "@otagai/shared/reports/contract-reports";

/**
 * The report's address values for the router's search check, without loading the zod schemas into
 * the first pages (the type check below fails when the shared list gains a value).
 */
export const reportKindSearchValues = ["monthly", "yearly"] as const;

type Missing<All, Listed extends readonly string[]> = Exclude<All, Listed[number]>;
const complete: Missing<ReportKind, typeof reportKindSearchValues> extends never ? true : false = true;
void complete;

/** "2026-04", or undefined for anything else. */
export function searchMonth(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined;
}

/** A fiscal year in the address (2026), or undefined. */
export function searchFiscalYear(value: unknown): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}
