import type { PortalPlacement } from "@otagai/shared/support/portal";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { findPortalPlacements, getPlacementRecord } from "../placements/attendance.repository.ts";
import { addDays } from "../placements/placement-calendar.ts";
import { presentPortalPlacement } from "./portal.presenter.ts";

/** How long an ended placement stays in the portal's list. */
export const portalRecentDays = 90;

/** The partner's placements: planned and ongoing first, then those ended in the last 90 days. */
export async function findPortalPlacementList(
  db: Database,
  actor: Actor,
  scope: AccessScope,
): Promise<{ items: PortalPlacement[] }> {
  const rows = await findPortalPlacements(db, scope, addDays(todayInJapan(), -portalRecentDays));
  await recordAuditNow(db, actor, {
    action: "read",
    entity: "placement",
    recordIds: rows.map((row) => row.id),
  });
  return { items: rows.map(presentPortalPlacement) };
}

export async function getPortalPlacement(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
): Promise<PortalPlacement> {
  const row = await getPlacementRecord(db, scope, id);
  if (!row) throw new AppError("NOT_FOUND");
  await recordAuditNow(db, actor, { action: "read", entity: "placement", recordId: id });
  return presentPortalPlacement(row);
}
