import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../platform/db/client.ts";
import { onlyUuids } from "../../platform/db/uuids.ts";
import { cases } from "./cases/cases.tables.ts";
import { participants } from "./participants/participants.tables.ts";
import { placements } from "./placements/placements.tables.ts";
import { partnerWorkplaces } from "./workplaces/workplaces.tables.ts";

/** A placement (就労体験実習) in the audit trail: whose it is and where, "青木 結衣・○○工房". */
export async function findPlacementNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({
      id: placements.id,
      familyName: participants.familyName,
      givenName: participants.givenName,
      workplace: partnerWorkplaces.name,
    })
    .from(placements)
    .innerJoin(cases, eq(cases.id, placements.caseId))
    .innerJoin(participants, eq(participants.id, cases.participantId))
    .innerJoin(partnerWorkplaces, eq(partnerWorkplaces.id, placements.workplaceId))
    .where(inArray(placements.id, uuids));
  return new Map(
    rows.map((row) => [row.id, `${`${row.familyName} ${row.givenName}`.trim()}・${row.workplace}`]),
  );
}
