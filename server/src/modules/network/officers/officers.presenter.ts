import type { Officer, OfficerRole, PublicBoard } from "@otagai/shared/network/officers";
import type { OfficerRow } from "./officers.repository.ts";

export function presentOfficer(row: OfficerRow): Officer {
  return {
    id: row.id,
    name: row.name,
    nameKana: row.nameKana,
    role: row.role as OfficerRole,
    termStartsOn: row.termStartsOn,
    termEndsOn: row.termEndsOn,
    memberOrganizationId: row.memberOrganizationId,
    memberOrganizationName: row.memberOrganizationName,
    notes: row.notes,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** The public site's board: names and roles only (no reading, organization, dates or notes). */
export function presentPublicBoard(on: string, rows: OfficerRow[]): PublicBoard {
  return { on, items: rows.map((row) => ({ name: row.name, role: row.role as OfficerRole })) };
}
