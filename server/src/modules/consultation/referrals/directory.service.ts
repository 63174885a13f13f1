import type {
  Advisor,
  Agency,
  advisorInputSchema,
  agencyInputSchema,
  findAdvisorsQuerySchema,
  findAgenciesQuerySchema,
  updateAdvisorInputSchema,
  updateAgencyInputSchema,
} from "@otagai/shared/consultation/referrals";
import type { z } from "zod";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { sqlStateOf, uniqueViolation } from "../../../platform/db/errors.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import * as repository from "./directory.repository.ts";
import { presentAdvisor, presentAgency } from "./referrals.presenter.ts";

type AgencyInput = z.output<typeof agencyInputSchema>;
type AdvisorInput = z.output<typeof advisorInputSchema>;

export const agencyEntity = "agency";
export const advisorEntity = "advisor";

/** The fields whose value differs from the stored one. */
function changesOf<T extends Record<string, unknown>>(
  values: T,
  current: Record<string, unknown>,
): Partial<T> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) if (value !== current[field]) changes[field] = value;
  return changes as Partial<T>;
}

function nameTaken() {
  return new AppError("CONFLICT", [{ path: "body.name", code: "taken", messageKey: "agencyNameTaken" }]);
}

/** Two saves racing past the check meet the unique index: the same clear answer either way. */
async function orNameTaken<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (sqlStateOf(error) === uniqueViolation) throw nameTaken();
    throw error;
  }
}

// ── Agencies ───────────────────────────────────────────────────────────────────

/** The directory is no one's personal record (the contact person is the agency's): not audited as a read. */
export async function findAgencies(db: Database, query: z.output<typeof findAgenciesQuerySchema>) {
  const rows = await repository.findAgencies(db, {
    q: query.q,
    kind: query.kind,
    includeInactive: query.includeInactive === "true",
  });
  return { items: rows.map(presentAgency) };
}

export async function createAgency(db: Database, actor: Actor, input: AgencyInput): Promise<Agency> {
  return orNameTaken(() =>
    db.transaction(async (tx) => {
      if (await repository.findAgencyByName(tx, input.name)) throw nameTaken();
      const row = await repository.insertAgency(tx, input);
      await recordAudit(tx, actor, {
        action: "create",
        entity: agencyEntity,
        recordId: row.id,
        changedFields: Object.keys(input).filter((field) => input[field as keyof AgencyInput] !== ""),
      });
      return presentAgency(row);
    }),
  );
}

/** Edits, deactivates or reactivates (version-checked; 409 when someone saved first). */
export async function updateAgency(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof updateAgencyInputSchema>,
): Promise<Agency> {
  return orNameTaken(() =>
    db.transaction(async (tx) => {
      const current = await repository.getAgency(tx, id, { forUpdate: true });
      if (!current) throw new AppError("NOT_FOUND");
      if (current.version !== input.version) throw new AppError("STALE_UPDATE");
      const { version: _version, ...values } = input;
      const changes = changesOf(values, current);
      if (Object.keys(changes).length === 0) return presentAgency(current);
      if (changes.name !== undefined) {
        const other = await repository.findAgencyByName(tx, changes.name);
        if (other && other.id !== id) throw nameTaken();
      }
      const row = await repository.updateAgency(tx, current, changes);
      if (!row) throw new AppError("STALE_UPDATE");
      await recordAudit(tx, actor, {
        action: "update",
        entity: agencyEntity,
        recordId: id,
        changedFields: Object.keys(changes),
      });
      return presentAgency(row);
    }),
  );
}

// ── Advisors ───────────────────────────────────────────────────────────────────

export async function findAdvisors(db: Database, query: z.output<typeof findAdvisorsQuerySchema>) {
  const rows = await repository.findAdvisors(db, {
    field: query.field,
    includeInactive: query.includeInactive === "true",
  });
  const today = todayInJapan();
  return { items: rows.map((row) => presentAdvisor(row, today)) };
}

export async function createAdvisor(db: Database, actor: Actor, input: AdvisorInput): Promise<Advisor> {
  return db.transaction(async (tx) => {
    const row = await repository.insertAdvisor(tx, input);
    await recordAudit(tx, actor, {
      action: "create",
      entity: advisorEntity,
      recordId: row.id,
      changedFields: Object.entries(input)
        .filter(([, value]) => value !== "" && value !== null)
        .map(([field]) => field),
    });
    return presentAdvisor(row, todayInJapan());
  });
}

export async function updateAdvisor(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof updateAdvisorInputSchema>,
): Promise<Advisor> {
  return db.transaction(async (tx) => {
    const current = await repository.getAdvisor(tx, id, { forUpdate: true });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const changes = changesOf(input.advisor, current);
    if (Object.keys(changes).length === 0) return presentAdvisor(current, todayInJapan());
    const row = await repository.updateAdvisor(tx, current, changes);
    if (!row) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: advisorEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return presentAdvisor(row, todayInJapan());
  });
}
