import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { meetingActionItems } from "../../network/meetings/meetings.tables.ts";
import { workplaceProspects } from "../../network/prospects/prospects.tables.ts";
import { contracts } from "../../programs/programs.tables.ts";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";

/**
 * The dashboard's own counts, where no other module has one: the years with contracts, the year's
 * capacity, and the network's counts of now. The indicators are counted by the reports' indicator
 * queries and the desk's and the members' figures by their modules' repositories.
 */

/** Fiscal years with a contract, newest first. */
export async function findContractYears(db: Database): Promise<number[]> {
  const rows = await db
    .selectDistinct({ fiscalYear: contracts.fiscalYear })
    .from(contracts)
    .orderBy(sql`${contracts.fiscalYear} desc`)
    .limit(100);
  return rows.map((row) => row.fiscalYear);
}

/** The year's contracts (one program's, or all) and the sum of the capacities they give. */
export async function sumCapacity(
  db: Database,
  fiscalYear: number,
  programId: string | null,
): Promise<{ capacity: number | null; contracts: number }> {
  const [row] = await db
    .select({
      capacity: sql<number | null>`sum(${contracts.capacity})::int`,
      contracts: sql<number>`count(*)::int`,
    })
    .from(contracts)
    .where(
      and(eq(contracts.fiscalYear, fiscalYear), programId ? eq(contracts.programId, programId) : undefined),
    );
  return { capacity: row?.capacity ?? null, contracts: row?.contracts ?? 0 };
}

export async function countActiveWorkplaces(db: Database): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.status, "active"));
  return row?.count ?? 0;
}

export function countProspectsByStage(db: Database): Promise<{ stage: string; count: number }[]> {
  return db
    .select({ stage: workplaceProspects.stage, count: sql<number>`count(*)::int` })
    .from(workplaceProspects)
    .groupBy(workplaceProspects.stage);
}

export async function countOpenActionItems(db: Database): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(meetingActionItems)
    .where(isNull(meetingActionItems.doneAt));
  return row?.count ?? 0;
}
