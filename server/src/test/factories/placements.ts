import { lastDayOf } from "../../modules/support/placements/placement-rules.ts";
import { placements } from "../../modules/support/placements/placements.tables.ts";
import type { Database } from "../../platform/db/client.ts";
import { buildWorkplace } from "./workplaces.ts";

export type PlacementRow = typeof placements.$inferSelect;

/**
 * A placement of the case straight into the database (no rules checked): by default one planned
 * 3-month term from 2026-05-01 (to 2026-07-31), non-employed, at a new workplace.
 */
export async function buildPlacement(
  db: Database,
  caseId: string,
  overrides: Partial<typeof placements.$inferInsert> = {},
): Promise<PlacementRow> {
  const workplaceId = overrides.workplaceId ?? (await buildWorkplace(db)).id;
  const startOn = overrides.startOn ?? "2026-05-01";
  const termCount = overrides.termCount ?? 1;
  const termMonths = overrides.termMonths ?? 3;
  const [row] = await db
    .insert(placements)
    .values({
      caseId,
      workplaceId,
      employmentType: "nonEmployed",
      startOn,
      termCount,
      termMonths,
      endOn: lastDayOf(startOn, termCount * termMonths),
      workDays: ["mon", "wed", "fri"],
      hoursFrom: "10:00",
      hoursTo: "15:00",
      tasks: "店舗での品出し",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
