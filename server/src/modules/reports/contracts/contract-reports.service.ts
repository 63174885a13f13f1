import type {
  ContractReport,
  contractReportQuerySchema,
  DrillDown,
  drillDownQuerySchema,
  ReportDifference,
  ReportRow,
  reopenReportInputSchema,
  submitReportInputSchema,
} from "@otagai/shared/reports/contract-reports";
import { drillDownMaxRows } from "@otagai/shared/reports/contract-reports";
import {
  type ContractIndicator,
  contractIndicators,
  type IndicatorPart,
  indicatorParts,
  partOf,
} from "@otagai/shared/reports/indicators";
import type { z } from "zod";
import { type AccessScope, isLimitedToPrograms, scopeMay } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { sqlStateOf, uniqueViolation } from "../../../platform/db/errors.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import type { ReportScope } from "../indicators/indicator-rows.ts";
import { countIndicators, findRecordsBehind } from "../indicators/indicators.repository.ts";
import * as repository from "./contract-reports.repository.ts";
import { monthPeriod, reportPeriods } from "./report-periods.ts";

type ReportQuery = z.output<typeof contractReportQuerySchema>;
type Caller = Actor & { id: string };
export const submissionEntity = "report_submission";

/** Whether the user may list the people behind a program's figures (else only the counts). */
export function mayListRecordsOf(scope: AccessScope, programId: string): boolean {
  if (!scopeMay(scope, "participants.read") || !scopeMay(scope, "cases.read")) return false;
  return !isLimitedToPrograms(scope) || scope.programIds.includes(programId);
}

async function requireContract(db: Database, id: string) {
  const contract = await repository.getReportContract(db, id);
  if (!contract) throw new AppError("NOT_FOUND");
  return contract;
}

/** The stream must be one of the contract's program (else it is unknown: a field error). */
async function streamOf(db: Database, programId: string, fundingStreamId: string | undefined) {
  if (!fundingStreamId) return null;
  const streams = await repository.findStreamsOfPrograms(db, [programId]);
  const stream = streams.find((candidate) => candidate.id === fundingStreamId);
  if (!stream)
    throw new AppError("VALIDATION_FAILED", [
      { path: "query.fundingStreamId", code: "unknown_stream", messageKey: "invalidOption" },
    ]);
  return { id: stream.id, name: stream.name };
}

/**
 * The figure a drill-down or its export names, checked against the contract: the stream one of its
 * program's, the part one of the indicator's, the column a month of the report's period.
 */
export async function figureOf(
  db: Database,
  contract: { programId: string; fiscalYear: number },
  query: z.output<typeof drillDownQuerySchema>,
) {
  const fundingStream = await streamOf(db, contract.programId, query.fundingStreamId);
  const periods = reportPeriods(contract.fiscalYear, query.kind, query.month);
  const part = partOf(query.indicator, query.part);
  if (!part)
    throw new AppError("VALIDATION_FAILED", [
      { path: "query.part", code: "custom", messageKey: "invalidOption" },
    ]);
  if (query.column && !periods.months.includes(query.column))
    throw new AppError("OUT_OF_PERIOD", [], periods.total);
  const column = query.column ? monthPeriod(query.column) : periods.total;
  return { fundingStream, periods, part, column };
}

/** The contract's indicators in the fixed order (a contract listing none reports them all). */
export function indicatorsOf(listed: readonly string[]): ContractIndicator[] {
  const chosen = contractIndicators.filter((indicator) => listed.includes(indicator));
  return chosen.length > 0 ? chosen : [...contractIndicators];
}

/** The live figures as report rows, in the indicators' and parts' order. */
export async function computeReportRows(
  db: Database,
  indicators: readonly ContractIndicator[],
  scope: ReportScope,
  periods: ReturnType<typeof reportPeriods>,
): Promise<ReportRow[]> {
  const figures = await countIndicators(db, indicators, scope, periods.total);
  return indicators.flatMap((indicator) =>
    (indicatorParts[indicator] as readonly IndicatorPart[]).map((part) => {
      const counted = figures.get(indicator)?.get(part.key);
      const empty = part.measure === "rate" ? null : 0;
      return {
        indicator,
        part: part.key,
        measure: part.measure,
        byMonth: periods.months.map((month) =>
          counted?.byMonth.has(month) ? (counted.byMonth.get(month) ?? null) : empty,
        ),
        total: counted ? counted.total : empty,
      };
    }),
  );
}

/** Where the live figures differ from those sent, cell by cell. */
export function differencesBetween(
  submitted: ReportRow[],
  current: ReportRow[],
  months: string[],
): ReportDifference[] {
  const sent = new Map(submitted.map((row) => [`${row.indicator}|${row.part}`, row]));
  const differences: ReportDifference[] = [];
  for (const row of current) {
    const before = sent.get(`${row.indicator}|${row.part}`);
    const columns = [
      ...months.map((month, index) => ({ column: month, index })),
      { column: "total", index: -1 },
    ];
    for (const { column, index } of columns) {
      const was = before ? (index < 0 ? before.total : (before.byMonth[index] ?? null)) : null;
      const now = index < 0 ? row.total : (row.byMonth[index] ?? null);
      if (was !== now)
        differences.push({ indicator: row.indicator, part: row.part, column, submitted: was, current: now });
    }
  }
  return differences;
}

function keyOf(contractId: string, query: ReportQuery): repository.ReportKey {
  return {
    contractId,
    kind: query.kind,
    month: query.kind === "monthly" && query.month ? `${query.month}-01` : null,
    fundingStreamId: query.fundingStreamId ?? null,
  };
}

function presentSubmission(row: repository.SubmissionRow) {
  return {
    id: row.id,
    status: row.status,
    submittedAt: row.submittedAt.toISOString(),
    submittedByName: row.submittedByName ?? "",
    reopenedAt: row.reopenedAt?.toISOString() ?? null,
    reopenedByName: row.reopenedByName,
    reopenReason: row.reopenReason,
    rows: row.figures,
    version: row.version,
  };
}

export async function getContractReport(
  db: Database,
  scope: AccessScope,
  contractId: string,
  query: ReportQuery,
): Promise<ContractReport> {
  const contract = await requireContract(db, contractId);
  const fundingStream = await streamOf(db, contract.programId, query.fundingStreamId);
  const periods = reportPeriods(contract.fiscalYear, query.kind, query.month);
  const indicators = indicatorsOf(contract.indicators);
  const [rows, submission] = await Promise.all([
    computeReportRows(
      db,
      indicators,
      { programId: contract.programId, fundingStreamId: fundingStream?.id ?? null },
      periods,
    ),
    repository.findSubmission(db, keyOf(contractId, query)),
  ]);
  return {
    contract: { ...contract, indicators },
    fundingStream,
    kind: query.kind,
    month: query.kind === "monthly" ? (query.month ?? null) : null,
    months: periods.months,
    totalPeriod: periods.total,
    rows,
    submission: submission ? presentSubmission(submission) : null,
    differences: submission ? differencesBetween(submission.figures, rows, periods.months) : [],
    mayListRecords: mayListRecordsOf(scope, contract.programId),
  };
}

/**
 * The records behind one figure of a report (the same rows the figure counts). Users who may not
 * see the program's people get the figure only; a list shown is an audited read of those people.
 */
export async function findRecordsOfFigure(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  contractId: string,
  query: z.output<typeof drillDownQuerySchema>,
): Promise<DrillDown> {
  const contract = await requireContract(db, contractId);
  const { fundingStream, periods, part, column } = await figureOf(db, contract, query);
  const mayList = mayListRecordsOf(scope, contract.programId);
  const found = await findRecordsBehind(db, {
    indicator: query.indicator,
    part: query.part,
    scope: { programId: contract.programId, fundingStreamId: fundingStream?.id ?? null },
    period: periods.total,
    column,
    limit: mayList ? drillDownMaxRows : 1,
  });
  const rows = mayList
    ? found.rows.map((row) => ({
        participantId: row.participantId,
        participantName: `${row.familyName} ${row.givenName}`.trim(),
        participantKana: `${row.familyNameKana} ${row.givenNameKana}`.trim(),
        caseId: row.caseId,
        recordKind: row.recordKind,
        recordId: row.recordId,
        onDate: row.onDate,
        amount: row.amount,
      }))
    : [];
  if (rows.length > 0)
    await recordAuditNow(db, actor, {
      action: "read",
      entity: "participant",
      recordIds: [...new Set(rows.map((row) => row.participantId))].slice(0, 1000),
    });
  return {
    indicator: query.indicator,
    part: query.part,
    measure: part.measure,
    period: column,
    figure: found.figure,
    mayListRecords: mayList,
    rows,
    rowCount: found.rowCount,
  };
}

/** Freezes the report's live figures as sent (first time, or again after a reopening). */
export async function submitReport(
  db: Database,
  actor: Caller,
  scope: AccessScope,
  contractId: string,
  input: z.output<typeof submitReportInputSchema>,
): Promise<ContractReport> {
  const contract = await requireContract(db, contractId);
  if (isLimitedToPrograms(scope) && !scope.programIds.includes(contract.programId))
    throw new AppError("NOT_FOUND");
  const query = { kind: input.kind, month: input.month, fundingStreamId: input.fundingStreamId };
  const report = await getContractReport(db, scope, contractId, query);
  const key = keyOf(contractId, query);
  try {
    await db.transaction(async (tx) => {
      const existing = await repository.findSubmission(tx, key);
      let id: string;
      if (!existing) id = await repository.insertSubmission(tx, key, report.rows, actor.id);
      else {
        if (existing.status === "submitted" || input.version === undefined) throw new AppError("CONFLICT");
        if (!(await repository.resubmit(tx, existing.id, input.version, report.rows, actor.id)))
          throw new AppError("STALE_UPDATE");
        id = existing.id;
      }
      await recordAudit(tx, actor, {
        action: existing ? "update" : "create",
        entity: submissionEntity,
        recordId: id,
      });
    });
  } catch (error) {
    if (sqlStateOf(error) === uniqueViolation) throw new AppError("CONFLICT");
    throw error;
  }
  return getContractReport(db, scope, contractId, query);
}

/** Reopens a submitted report for a correction, with the reason (kept, and shown with the differences). */
export async function reopenReport(
  db: Database,
  actor: Caller,
  scope: AccessScope,
  submissionId: string,
  input: z.output<typeof reopenReportInputSchema>,
): Promise<ContractReport> {
  const submission = await repository.getSubmission(db, submissionId);
  if (!submission) throw new AppError("NOT_FOUND");
  const contract = await requireContract(db, submission.contractId);
  if (isLimitedToPrograms(scope) && !scope.programIds.includes(contract.programId))
    throw new AppError("NOT_FOUND");
  await db.transaction(async (tx) => {
    if (!(await repository.reopen(tx, submissionId, input.version, input.reason, actor.id)))
      throw new AppError(submission.status === "reopened" ? "CONFLICT" : "STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: submissionEntity,
      recordId: submissionId,
      changedFields: ["status", "reopenReason"],
    });
  });
  return getContractReport(db, scope, submission.contractId, {
    kind: submission.kind as "monthly" | "yearly",
    month: submission.month ? submission.month.slice(0, 7) : undefined,
    fundingStreamId: submission.fundingStreamId ?? undefined,
  });
}

export async function listReportContracts(db: Database, fiscalYear: number | undefined) {
  const contracts = await repository.findReportContracts(db, fiscalYear);
  const ids = contracts.map((contract) => contract.id);
  const [streams, submitted] = await Promise.all([
    repository.findStreamsOfPrograms(db, [...new Set(contracts.map((contract) => contract.programId))]),
    repository.findSubmittedKeys(db, ids),
  ]);
  return {
    items: contracts.map((contract) => ({
      id: contract.id,
      programId: contract.programId,
      programName: contract.programName,
      municipality: contract.municipality,
      fiscalYear: contract.fiscalYear,
      periodStart: contract.periodStart,
      periodEnd: contract.periodEnd,
      indicators: indicatorsOf(contract.indicators),
      fundingStreams: streams
        .filter((stream) => stream.programId === contract.programId)
        .map((stream) => ({ id: stream.id, name: stream.name })),
      submitted: submitted.filter((row) => row.contractId === contract.id).map((row) => row.key),
    })),
  };
}
