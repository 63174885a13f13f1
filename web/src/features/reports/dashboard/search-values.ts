/**
 * The dashboard's choices in the address (?fiscalYear=2026&programId=…), read without loading the
 * zod schemas into the first pages: anything malformed is dropped (the server checks the rest).
 */
export interface DashboardSearch {
  fiscalYear?: number;
  programId?: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function dashboardSearchOf(search: Record<string, unknown>): DashboardSearch {
  const year = Number(search.fiscalYear);
  const programId = typeof search.programId === "string" ? search.programId : "";
  return {
    fiscalYear: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    programId: uuidPattern.test(programId) ? programId : undefined,
  };
}
