import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import {
  type Contract,
  contractPeriodProblems,
  type createContractInputSchema,
  type createFundingStreamInputSchema,
  type createProgramInputSchema,
  type FundingStream,
  type Program,
  type ProgramDetail,
  type updateContractInputSchema,
  type updateFundingStreamInputSchema,
  type updateProgramInputSchema,
} from "@otagai/shared/programs/schemas";
import type { z } from "zod";
import { type Actor, recordAudit } from "../../platform/audit/audit.ts";
import type { Database } from "../../platform/db/client.ts";
import { sqlStateOf, uniqueViolation } from "../../platform/db/errors.ts";
import { AppError } from "../../platform/http/app-error.ts";
import {
  presentContract,
  presentFundingStream,
  presentProgram,
  presentProgramDetail,
} from "./programs.presenter.ts";
import * as repository from "./programs.repository.ts";

type CreateProgram = z.output<typeof createProgramInputSchema>;
type UpdateProgram = z.output<typeof updateProgramInputSchema>;
type CreateFundingStream = z.output<typeof createFundingStreamInputSchema>;
type UpdateFundingStream = z.output<typeof updateFundingStreamInputSchema>;
type CreateContract = z.output<typeof createContractInputSchema>;
type UpdateContract = z.output<typeof updateContractInputSchema>;

/** The fiscal year of today in Japan: the one whose contract the lists call current. */
export function currentFiscalYear(now = new Date()): number {
  const year = fiscalYearOf(now);
  if (year === null) throw new Error("invalid clock");
  return year;
}

async function requireProgram(db: Database, id: string) {
  const program = await repository.getProgramById(db, id);
  if (!program) throw new AppError("NOT_FOUND");
  return program;
}

async function requireContract(db: Database, id: string) {
  const contract = await repository.getContractById(db, id);
  if (!contract) throw new AppError("NOT_FOUND");
  return contract;
}

async function requireFundingStream(db: Database, programId: string, streamId: string) {
  const stream = await repository.getFundingStream(db, programId, streamId);
  if (!stream) throw new AppError("NOT_FOUND");
  return stream;
}

/** Two saves racing past the check meet the unique index: the same clear answer either way. */
async function orTaken<T>(work: () => Promise<T>, taken: () => AppError): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (sqlStateOf(error) === uniqueViolation) throw taken();
    throw error;
  }
}

function codeTaken() {
  return new AppError("CONFLICT", [{ path: "body.code", code: "taken", messageKey: "codeTaken" }]);
}

function contractYearTaken() {
  return new AppError("CONFLICT", [
    { path: "body.fiscalYear", code: "taken", messageKey: "contractYearTaken" },
  ]);
}

/** The fields whose value differs from the stored one (arrays compared element by element). */
export function changedValues<T extends Record<string, unknown>>(current: T, input: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(input) as (keyof T)[]) {
    const next = input[key];
    if (next === undefined) continue;
    const same = Array.isArray(next)
      ? JSON.stringify(next) === JSON.stringify(current[key])
      : next === current[key];
    if (!same) changes[key] = next;
  }
  return changes;
}

async function programDetail(db: Database, program: repository.ProgramRow): Promise<ProgramDetail> {
  const [streams, contracts] = await Promise.all([
    repository.findFundingStreamsOf(db, [program.id]),
    repository.findContractsOfProgram(db, program.id),
  ]);
  return presentProgramDetail(program, streams, contracts, currentFiscalYear());
}

// ── Programs ────────────────────────────────────────────────────────────────────────

/** Every program with its funding streams and the contract of the current fiscal year. */
export async function findPrograms(db: Database): Promise<{ items: Program[] }> {
  const rows = await repository.findPrograms(db);
  const [streams, contracts] = await Promise.all([
    repository.findFundingStreamsOf(
      db,
      rows.map((row) => row.id),
    ),
    repository.findContractsOfYear(db, currentFiscalYear()),
  ]);
  const contractByProgram = new Map(contracts.map((contract) => [contract.programId, contract]));
  return {
    items: rows.map((row) =>
      presentProgram(
        row,
        streams.filter((stream) => stream.programId === row.id),
        contractByProgram.get(row.id),
      ),
    ),
  };
}

export async function getProgram(db: Database, id: string): Promise<ProgramDetail> {
  return programDetail(db, await requireProgram(db, id));
}

export async function createProgram(
  db: Database,
  actor: Actor,
  input: CreateProgram,
): Promise<ProgramDetail> {
  return orTaken(
    () =>
      db.transaction(async (tx) => {
        if (await repository.getProgramByCode(tx, input.code)) throw codeTaken();
        const row = await repository.insertProgram(tx, input);
        await recordAudit(tx, actor, {
          action: "create",
          entity: "program",
          recordId: row.id,
          changedFields: Object.keys(input),
        });
        return presentProgramDetail(row, [], [], currentFiscalYear());
      }),
    codeTaken,
  );
}

export async function updateProgram(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateProgram,
): Promise<ProgramDetail> {
  return db.transaction(async (tx) => {
    const current = await requireProgram(tx, id);
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const { version: _version, ...fields } = input;
    const changes = changedValues(current, fields);
    // Nothing really changed: no new version, no audit entry.
    if (Object.keys(changes).length === 0) return programDetail(tx, current);
    const updated = await repository.updateProgram(tx, current, changes);
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: "program",
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return programDetail(tx, updated);
  });
}

// ── Funding streams ─────────────────────────────────────────────────────────────────

export async function createFundingStream(
  db: Database,
  actor: Actor,
  programId: string,
  input: CreateFundingStream,
): Promise<FundingStream> {
  return orTaken(
    () =>
      db.transaction(async (tx) => {
        await requireProgram(tx, programId);
        if (await repository.getFundingStreamByCode(tx, programId, input.code)) throw codeTaken();
        const row = await repository.insertFundingStream(tx, { programId, ...input });
        await recordAudit(tx, actor, {
          action: "create",
          entity: "funding_stream",
          recordId: row.id,
          changedFields: ["code", "name"],
        });
        return presentFundingStream(row);
      }),
    codeTaken,
  );
}

/** Rename or (de)activate a stream; never deleted, since past cases count under it. */
export async function updateFundingStream(
  db: Database,
  actor: Actor,
  programId: string,
  streamId: string,
  input: UpdateFundingStream,
): Promise<FundingStream> {
  return db.transaction(async (tx) => {
    const current = await requireFundingStream(tx, programId, streamId);
    const changes = changedValues(current, input);
    if (Object.keys(changes).length === 0) return presentFundingStream(current);
    const updated = await repository.updateFundingStream(tx, streamId, changes);
    if (!updated) throw new AppError("NOT_FOUND");
    await recordAudit(tx, actor, {
      action: "update",
      entity: "funding_stream",
      recordId: streamId,
      changedFields: Object.keys(changes),
    });
    return presentFundingStream(updated);
  });
}

// ── Contracts ───────────────────────────────────────────────────────────────────────

/** The program's contract for one fiscal year (one per year); the period defaults to the whole year. */
export async function createContract(
  db: Database,
  actor: Actor,
  programId: string,
  input: CreateContract,
): Promise<Contract> {
  const year = fiscalYearRange(input.fiscalYear);
  const values = {
    ...input,
    followUpMonths: sortedMonths(input.followUpMonths),
    programId,
    periodStart: input.periodStart ?? year.start,
    periodEnd: input.periodEnd ?? year.end,
  };
  // A start given alone can fall after the default end only if it is outside the year (refused by
  // the schema); checked again here on what is actually stored.
  requireValidPeriod(values);
  return orTaken(
    () =>
      db.transaction(async (tx) => {
        await requireProgram(tx, programId);
        if (await repository.getContractOfYear(tx, programId, input.fiscalYear)) throw contractYearTaken();
        const row = await repository.insertContract(tx, values);
        await recordAudit(tx, actor, {
          action: "create",
          entity: "contract",
          recordId: row.id,
          changedFields: Object.keys(values).filter((key) => key !== "programId"),
        });
        return presentContract(row);
      }),
    contractYearTaken,
  );
}

/** Follow-up months as stored: in order (the schema refuses a month twice). */
function sortedMonths(months: number[] | null): number[] | null {
  return months ? [...months].sort((a, b) => a - b) : null;
}

function requireValidPeriod(period: { fiscalYear: number; periodStart: string; periodEnd: string }) {
  const problems = contractPeriodProblems(period);
  if (problems.length > 0)
    throw new AppError(
      "VALIDATION_FAILED",
      problems.map((problem) => ({
        path: `body.${problem.field}`,
        code: "custom",
        messageKey: problem.messageKey,
      })),
    );
}

export async function updateContract(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateContract,
): Promise<Contract> {
  return db.transaction(async (tx) => {
    const current = await requireContract(tx, id);
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const { version: _version, ...fields } = input;
    if (fields.followUpMonths !== undefined) fields.followUpMonths = sortedMonths(fields.followUpMonths);
    const changes = changedValues(current, fields);
    if (Object.keys(changes).length === 0) return presentContract(current);
    // The period as it would be stored: a new end is checked against the kept start, and so on.
    requireValidPeriod({
      fiscalYear: current.fiscalYear,
      periodStart: changes.periodStart ?? current.periodStart,
      periodEnd: changes.periodEnd ?? current.periodEnd,
    });
    const updated = await repository.updateContract(tx, current, changes);
    if (!updated) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: "contract",
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return presentContract(updated);
  });
}
