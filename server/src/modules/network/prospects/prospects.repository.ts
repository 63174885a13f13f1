import { toSearchKey } from "@otagai/shared/japanese/kana";
import { and, asc, desc, eq, inArray, isNotNull, like, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/client.ts";
import { containsPattern } from "../../../platform/db/list-page.ts";
import { onlyUuids } from "../../../platform/db/uuids.ts";
import { nameSearchKeysOf } from "../../support/participants/participant-keys.ts";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";
import { users } from "../../users/users.tables.ts";
import { memberOrganizations } from "../members/members.tables.ts";
import { prospectContacts, workplaceProspects } from "./prospects.tables.ts";

export type ProspectRow = typeof workplaceProspects.$inferSelect;
export type ProspectValues = typeof workplaceProspects.$inferInsert;
export type ContactRow = typeof prospectContacts.$inferSelect;
export type ContactValues = typeof prospectContacts.$inferInsert;

/** A prospect with its owner's name and, for a member organization, the member's identity now. */
export type ProspectWithNamesRow = ProspectRow & {
  ownerName: string | null;
  member: MemberIdentity | null;
};
export type MemberIdentity = {
  name: string;
  nameKana: string;
  postalCode: string;
  address: string;
  area: string;
};

/** The latest contact of a prospect, whose next step is the prospect's open one. */
export type LatestContactRow = {
  prospectId: string;
  contactedOn: string;
  method: string;
  nextStep: string;
  nextStepOn: string | null;
};

export type ProspectFilter = {
  q?: string | undefined;
  owner?: string | undefined;
  stage?: string | undefined;
};

/** The derived columns, kept in step with the name and reading on every write. */
export function prospectKeysOf(prospect: { name: string; nameKana: string }) {
  const { searchKey, readingKey } = nameSearchKeysOf(prospect.name, prospect.nameKana);
  return { searchKey, readingKey };
}

const memberColumns = {
  id: memberOrganizations.id,
  name: memberOrganizations.name,
  nameKana: memberOrganizations.nameKana,
  postalCode: memberOrganizations.postalCode,
  address: memberOrganizations.address,
  area: memberOrganizations.area,
};

function selectWithNames(db: Database) {
  return db
    .select({ prospect: workplaceProspects, ownerName: users.displayName, member: memberColumns })
    .from(workplaceProspects)
    .leftJoin(users, eq(users.id, workplaceProspects.ownerId))
    .leftJoin(memberOrganizations, eq(memberOrganizations.id, workplaceProspects.memberOrganizationId));
}

type SelectedRow = {
  prospect: ProspectRow;
  ownerName: string | null;
  member: (MemberIdentity & { id: string }) | null;
};
function withNames(row: SelectedRow): ProspectWithNamesRow {
  const { id: _id, ...member } = row.member ?? { id: "" };
  return {
    ...row.prospect,
    ownerName: row.ownerName,
    member: row.member ? (member as MemberIdentity) : null,
  };
}

function listCondition(filter: ProspectFilter): SQL | undefined {
  const key = filter.q ? toSearchKey(filter.q) : "";
  return and(
    key ? like(workplaceProspects.searchKey, containsPattern(key)) : undefined,
    filter.owner ? eq(workplaceProspects.ownerId, filter.owner) : undefined,
    filter.stage ? eq(workplaceProspects.stage, filter.stage) : undefined,
  );
}

/** The board: every prospect (at most `limit`), 五十音順 within the stage. */
export async function findProspects(
  db: Database,
  filter: ProspectFilter,
  limit: number,
): Promise<ProspectWithNamesRow[]> {
  const rows = await selectWithNames(db)
    .where(listCondition(filter))
    .orderBy(sql`${workplaceProspects.readingKey} collate "C"`, asc(workplaceProspects.id))
    .limit(limit);
  return rows.map(withNames);
}

export async function getProspect(
  db: Database,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProspectWithNamesRow | undefined> {
  const query = selectWithNames(db).where(eq(workplaceProspects.id, id));
  const [row] = await (options.forUpdate ? query.for("update", { of: workplaceProspects }) : query);
  return row ? withNames(row) : undefined;
}

export async function getProspectByMember(db: Database, memberOrganizationId: string) {
  const [row] = await db
    .select({ id: workplaceProspects.id })
    .from(workplaceProspects)
    .where(eq(workplaceProspects.memberOrganizationId, memberOrganizationId));
  return row;
}

export async function getMemberIdentity(
  db: Database,
  id: string,
): Promise<
  (MemberIdentity & { contactName: string; contactPhone: string; contactEmail: string }) | undefined
> {
  const [row] = await db
    .select({
      name: memberOrganizations.name,
      nameKana: memberOrganizations.nameKana,
      postalCode: memberOrganizations.postalCode,
      address: memberOrganizations.address,
      area: memberOrganizations.area,
      contactName: memberOrganizations.contactName,
      contactPhone: memberOrganizations.contactPhone,
      contactEmail: memberOrganizations.contactEmail,
    })
    .from(memberOrganizations)
    .where(eq(memberOrganizations.id, id));
  return row;
}

export async function insertProspect(db: Database, values: ProspectValues): Promise<ProspectRow> {
  const [row] = await db.insert(workplaceProspects).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Version-checked: undefined when someone saved first. */
export async function updateProspect(
  db: Database,
  current: { id: string; version: number },
  changes: Partial<ProspectValues>,
): Promise<ProspectRow | undefined> {
  const [row] = await db
    .update(workplaceProspects)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${workplaceProspects.version} + 1` })
    .where(and(eq(workplaceProspects.id, current.id), eq(workplaceProspects.version, current.version)))
    .returning();
  return row;
}

// ── Contacts ─────────────────────────────────────────────────────────────────

export type ContactWithStaffRow = ContactRow & { staffName: string | null };

/** A prospect's contacts, the latest first. */
export async function findContacts(db: Database, prospectId: string): Promise<ContactWithStaffRow[]> {
  const rows = await db
    .select({ contact: prospectContacts, staffName: users.displayName })
    .from(prospectContacts)
    .leftJoin(users, eq(users.id, prospectContacts.staffId))
    .where(eq(prospectContacts.prospectId, prospectId))
    .orderBy(desc(prospectContacts.contactedOn), desc(prospectContacts.createdAt))
    .limit(500);
  return rows.map((row) => ({ ...row.contact, staffName: row.staffName }));
}

export async function insertContact(db: Database, values: ContactValues): Promise<ContactRow> {
  const [row] = await db.insert(prospectContacts).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The latest contact of each prospect named (one query: distinct on, the contacts index). */
export async function findLatestContacts(
  db: Database,
  prospectIds: string[],
): Promise<Map<string, LatestContactRow>> {
  const ids = onlyUuids(prospectIds);
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([prospectContacts.prospectId], {
      prospectId: prospectContacts.prospectId,
      contactedOn: prospectContacts.contactedOn,
      method: prospectContacts.method,
      nextStep: prospectContacts.nextStep,
      nextStepOn: prospectContacts.nextStepOn,
    })
    .from(prospectContacts)
    .where(inArray(prospectContacts.prospectId, ids))
    .orderBy(
      prospectContacts.prospectId,
      desc(prospectContacts.contactedOn),
      desc(prospectContacts.createdAt),
    );
  return new Map(rows.map((row) => [row.prospectId, row]));
}

export type NextStepRow = {
  prospectId: string;
  name: string;
  stage: string;
  ownerId: string | null;
  ownerName: string | null;
  step: string;
  on: string;
};

/**
 * Open next steps (the latest contact's, with a date) due on or before `until`, of prospects not
 * yet active: `mineFirst`'s own first, then by date. `ownerId` keeps only one owner's.
 */
export async function findNextSteps(
  db: Database,
  options: { until: string; mineFirst: string | null; ownerId?: string; limit: number },
): Promise<NextStepRow[]> {
  const latest = db
    .selectDistinctOn([prospectContacts.prospectId], {
      prospectId: prospectContacts.prospectId,
      nextStep: prospectContacts.nextStep,
      nextStepOn: prospectContacts.nextStepOn,
    })
    .from(prospectContacts)
    .orderBy(
      prospectContacts.prospectId,
      desc(prospectContacts.contactedOn),
      desc(prospectContacts.createdAt),
    )
    .as("latest");
  return db
    .select({
      prospectId: workplaceProspects.id,
      name: sql<string>`coalesce(${memberOrganizations.name}, ${workplaceProspects.name})`,
      stage: workplaceProspects.stage,
      ownerId: workplaceProspects.ownerId,
      ownerName: users.displayName,
      step: latest.nextStep,
      on: sql<string>`${latest.nextStepOn}::text`,
    })
    .from(latest)
    .innerJoin(workplaceProspects, eq(workplaceProspects.id, latest.prospectId))
    .leftJoin(users, eq(users.id, workplaceProspects.ownerId))
    .leftJoin(memberOrganizations, eq(memberOrganizations.id, workplaceProspects.memberOrganizationId))
    .where(
      and(
        isNotNull(latest.nextStepOn),
        sql`${latest.nextStepOn} <= ${options.until}::date`,
        inArray(workplaceProspects.stage, ["prospect", "contacted", "visited", "agreed"]),
        options.ownerId ? eq(workplaceProspects.ownerId, options.ownerId) : undefined,
      ),
    )
    .orderBy(
      ...(options.mineFirst
        ? [sql`(${workplaceProspects.ownerId} is not distinct from ${options.mineFirst}::uuid) desc`]
        : []),
      asc(latest.nextStepOn),
      asc(workplaceProspects.readingKey),
    )
    .limit(options.limit);
}

/** Names by id, for the audit trail. */
export async function findProspectNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const uuids = onlyUuids(ids);
  if (uuids.length === 0) return new Map();
  const rows = await db
    .select({ id: workplaceProspects.id, name: workplaceProspects.name })
    .from(workplaceProspects)
    .where(inArray(workplaceProspects.id, uuids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

// ── The partner workplace a prospect becomes ───────────────────────────────────

export async function getWorkplaceName(db: Database, id: string): Promise<string | null> {
  const [row] = await db
    .select({ name: partnerWorkplaces.name })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.id, id));
  return row?.name ?? null;
}

/** The workplace a member organization already is (one per member: the unique index). */
export async function findWorkplaceOfMember(db: Database, memberOrganizationId: string) {
  const [row] = await db
    .select({ id: partnerWorkplaces.id })
    .from(partnerWorkplaces)
    .where(eq(partnerWorkplaces.memberOrganizationId, memberOrganizationId));
  return row;
}
