import {
  duesListMax,
  type findDuesQuerySchema,
  type findMemberOrganizationsQuerySchema,
  type MemberDues,
  type MemberOrganization,
  type MemberOrganizationValues,
  type memberCountByYearQuerySchema,
  type memberDuesInputSchema,
  type updateMemberOrganizationInputSchema,
} from "@otagai/shared/network/members";
import type { z } from "zod";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { changedValues } from "../../programs/programs.service.ts";
import {
  presentDues,
  presentDuesWithOrganization,
  presentMember,
  presentMemberSummary,
} from "./members.presenter.ts";
import * as repository from "./members.repository.ts";

type FindMembers = z.output<typeof findMemberOrganizationsQuerySchema>;
type UpdateMember = z.output<typeof updateMemberOrganizationInputSchema>;
type CountByYear = z.output<typeof memberCountByYearQuerySchema>;
type DuesInput = z.output<typeof memberDuesInputSchema>;

export const memberEntity = "member_organization";
export const duesEntity = "member_dues";
/** At most this many organizations in a picker's answer. */
export const memberOptionsLimit = 20;

/** The fields a create names in the audit trail: those given a value (never the values themselves). */
export function filledFields(input: Record<string, unknown>): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== "" && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([field]) => field);
}

/** The list: 五十音順, by name or reading, kind, field, area and status. Organizations, not people: not audited. */
export async function findMembers(db: Database, query: FindMembers) {
  const { rows, total, totalCapped } = await repository.findMembers(db, query);
  return {
    items: rows.map(presentMemberSummary),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function findMemberOptions(db: Database, q: string | undefined) {
  return { items: await repository.findMemberOptions(db, q, memberOptionsLimit) };
}

async function requireMember(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getMember(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

async function memberWithLinks(db: Database, row: repository.MemberRow): Promise<MemberOrganization> {
  return presentMember(row, await repository.findLinks(db, row.id));
}

/** One organization with its workplace and prospect links; its contacts are people, so the read is audited. */
export async function getMember(db: Database, actor: Actor, id: string): Promise<MemberOrganization> {
  const row = await requireMember(db, id);
  await recordAuditNow(db, actor, { action: "read", entity: memberEntity, recordId: id });
  return memberWithLinks(db, row);
}

export async function createMember(
  db: Database,
  actor: Actor & { id: string },
  input: MemberOrganizationValues,
): Promise<MemberOrganization> {
  return db.transaction(async (tx) => {
    const row = await repository.insertMember(tx, {
      ...input,
      ...repository.memberKeysOf(input),
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: memberEntity,
      recordId: row.id,
      changedFields: filledFields(input),
    });
    return presentMember(row, { workplace: null, prospect: null });
  });
}

/**
 * Rewrites the organization as the form holds it (version-checked; 409 when someone saved first).
 * A linked partner workplace follows the identity by the database's trigger (ADR 021).
 */
export async function updateMember(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateMember,
): Promise<MemberOrganization> {
  return db.transaction(async (tx) => {
    const current = await requireMember(tx, id, { forUpdate: true });
    const { version, ...fields } = input;
    if (current.version !== version) throw new AppError("STALE_UPDATE");
    const changes: Partial<repository.MemberValues> = changedValues(current, fields);
    if (Object.keys(changes).length === 0) return memberWithLinks(tx, current);
    const changedFields = Object.keys(changes);
    if (changes.name !== undefined || changes.nameKana !== undefined)
      Object.assign(changes, repository.memberKeysOf({ ...current, ...changes }));
    const row = await repository.updateMember(tx, current, changes);
    if (!row) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, { action: "update", entity: memberEntity, recordId: id, changedFields });
    return memberWithLinks(tx, row);
  });
}

export async function countMembersOn(db: Database, on: string) {
  return { on, count: await repository.countMembersOn(db, on) };
}

export async function countMembersByYear(db: Database, query: CountByYear) {
  return { items: await repository.countMembersByYear(db, query.from, query.to) };
}

// ── Dues ─────────────────────────────────────────────────────────────────────────

export async function findDuesOf(db: Database, id: string): Promise<{ items: MemberDues[] }> {
  await requireMember(db, id);
  return { items: (await repository.findDuesOf(db, id)).map(presentDues) };
}

/**
 * Records a fiscal year's dues (upsert): a new year needs no version; an existing one needs the
 * version the editor loaded (409 otherwise).
 */
export async function saveDues(
  db: Database,
  actor: Actor & { id: string },
  id: string,
  fiscalYear: number,
  input: DuesInput,
): Promise<MemberDues> {
  return db.transaction(async (tx) => {
    await requireMember(tx, id, { forUpdate: true });
    const { version, ...fields } = input;
    const current = await repository.getDues(tx, id, fiscalYear);
    if (!current) {
      const row = await repository.insertDues(tx, {
        ...fields,
        memberOrganizationId: id,
        fiscalYear,
        updatedBy: actor.id,
      });
      await recordAudit(tx, actor, {
        action: "create",
        entity: duesEntity,
        recordId: row.id,
        changedFields: filledFields(fields),
      });
      return presentDues(row);
    }
    if (version !== current.version) throw new AppError("STALE_UPDATE");
    const changes = changedValues(current, fields);
    if (Object.keys(changes).length === 0) return presentDues(current);
    const row = await repository.updateDues(tx, current, { ...changes, updatedBy: actor.id });
    if (!row) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: duesEntity,
      recordId: row.id,
      changedFields: Object.keys(changes),
    });
    return presentDues(row);
  });
}

/** The office's dues list (unpaid ones when asked), with each organization's name. */
export async function findDues(db: Database, query: z.output<typeof findDuesQuerySchema>) {
  const rows = await repository.findDues(db, query, duesListMax);
  return { items: rows.map(presentDuesWithOrganization) };
}
