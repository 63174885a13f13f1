import { networkRequests } from "../../modules/network/requests/requests.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type NetworkRequestRecord = typeof networkRequests.$inferSelect;

/** A request straight into the database (fictional): an outside talk, new and untaken unless told. */
export async function buildNetworkRequest(
  db: Database,
  overrides: Partial<typeof networkRequests.$inferInsert> = {},
): Promise<NetworkRequestRecord> {
  const [row] = await db
    .insert(networkRequests)
    .values({
      receivedOn: "2026-05-01",
      origin: "external",
      kind: "talk",
      requesterName: "試験 依頼人",
      requesterOrganization: "試験市立試験中学校（架空）",
      title: `試験の依頼${Math.random().toString(36).slice(2, 8)}`,
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
