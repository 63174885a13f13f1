import type { ReportRow } from "@otagai/shared/reports/contract-reports";
import { and, asc, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../../platform/db/client.ts";
import { contracts, fundingStreams, programs } from "../../programs/programs.tables.ts";
import { users } from "../../users/users.tables.ts";
import { reportSubmissionEvents, reportSubmissions } from "./contract-reports.tables.ts";

export type ReportContractRow = {
  id: string;
  programId: string;
  programName: string;
  municipality: string;
  fiscalYear: number;
  periodStart: string;
  periodEnd: string;
  capacity: number | null;
  indicators: string[];
};

const contractColumns = {
  id: contracts.id,
  programId: contracts.programId,
  programName: programs.name,
  municipality: programs.funder,
  fiscalYear: contracts.fiscalYear,
  periodStart: contracts.periodStart,
  periodEnd: contracts.periodEnd,
  capacity: contracts.capacity,
  indicators: contracts.indicators,
};

export async function getReportContract(db: Database, id: string): Promise<ReportContractRow | undefined> {
  const [row] = await db
    .select(contractColumns)
    .from(contracts)
    .innerJoin(programs, eq(programs.id, contracts.programId))
    .where(eq(contracts.id, id));
  return row;
}

/** Contracts, newest fiscal year first, programs in code order; one year or all. */
export function findReportContracts(
  db: Database,
  fiscalYear: number | undefined,
): Promise<ReportContractRow[]> {
  return db
    .select(contractColumns)
    .from(contracts)
    .innerJoin(programs, eq(programs.id, contracts.programId))
    .where(fiscalYear ? eq(contracts.fiscalYear, fiscalYear) : undefined)
    .orderBy(desc(contracts.fiscalYear), asc(programs.code))
    .limit(500);
}

export function findStreamsOfPrograms(db: Database, programIds: string[]) {
  if (programIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: fundingStreams.id, programId: fundingStreams.programId, name: fundingStreams.name })
    .from(fundingStreams)
    .where(sql`${fundingStreams.programId} in ${programIds}`)
    .orderBy(asc(fundingStreams.code));
}

/** Which reports of these contracts are submitted: "2026-04" per month, "year" for the yearly. */
export async function findSubmittedKeys(db: Database, contractIds: string[]) {
  if (contractIds.length === 0) return [];
  return db
    .select({
      contractId: reportSubmissions.contractId,
      key: sql<string>`coalesce(to_char(${reportSubmissions.month}, 'YYYY-MM'), 'year')`,
    })
    .from(reportSubmissions)
    .where(
      and(
        sql`${reportSubmissions.contractId} in ${contractIds}`,
        eq(reportSubmissions.status, "submitted"),
        isNull(reportSubmissions.fundingStreamId),
      ),
    );
}

export type ReportKey = {
  contractId: string;
  kind: "monthly" | "yearly";
  /** The month's first day, or null for the yearly report. */
  month: string | null;
  fundingStreamId: string | null;
};

const submitter = alias(users, "submitter");
const reopener = alias(users, "reopener");

function keyCondition(key: ReportKey): SQL | undefined {
  return and(
    eq(reportSubmissions.contractId, key.contractId),
    eq(reportSubmissions.kind, key.kind),
    key.month ? eq(reportSubmissions.month, key.month) : isNull(reportSubmissions.month),
    key.fundingStreamId
      ? eq(reportSubmissions.fundingStreamId, key.fundingStreamId)
      : isNull(reportSubmissions.fundingStreamId),
  );
}

export type SubmissionRow = {
  id: string;
  contractId: string;
  status: "submitted" | "reopened";
  figures: ReportRow[];
  submittedAt: Date;
  submittedByName: string | null;
  reopenedAt: Date | null;
  reopenedByName: string | null;
  reopenReason: string | null;
  version: number;
  kind: string;
  month: string | null;
  fundingStreamId: string | null;
};

const submissionColumns = {
  id: reportSubmissions.id,
  contractId: reportSubmissions.contractId,
  status: sql<"submitted" | "reopened">`${reportSubmissions.status}`,
  figures: sql<ReportRow[]>`${reportSubmissions.figures}`,
  submittedAt: reportSubmissions.submittedAt,
  submittedByName: submitter.displayName,
  reopenedAt: reportSubmissions.reopenedAt,
  reopenedByName: reopener.displayName,
  reopenReason: reportSubmissions.reopenReason,
  version: reportSubmissions.version,
  kind: reportSubmissions.kind,
  month: reportSubmissions.month,
  fundingStreamId: reportSubmissions.fundingStreamId,
};

function selectSubmissions(db: Database) {
  return db
    .select(submissionColumns)
    .from(reportSubmissions)
    .leftJoin(submitter, eq(submitter.id, reportSubmissions.submittedBy))
    .leftJoin(reopener, eq(reopener.id, reportSubmissions.reopenedBy));
}

export async function findSubmission(db: Database, key: ReportKey): Promise<SubmissionRow | undefined> {
  const [row] = await selectSubmissions(db).where(keyCondition(key));
  return row;
}

export async function getSubmission(db: Database, id: string): Promise<SubmissionRow | undefined> {
  const [row] = await selectSubmissions(db).where(eq(reportSubmissions.id, id));
  return row;
}

export async function insertSubmission(
  tx: Database,
  key: ReportKey,
  figures: ReportRow[],
  actorId: string,
): Promise<string> {
  const [row] = await tx
    .insert(reportSubmissions)
    .values({ ...key, status: "submitted", figures, submittedBy: actorId })
    .returning({ id: reportSubmissions.id });
  if (!row) throw new Error("insert returned nothing");
  await tx
    .insert(reportSubmissionEvents)
    .values({ submissionId: row.id, action: "submitted", actorId, figures });
  return row.id;
}

/** Submits a reopened report again: new figures, the version checked. False: the version moved. */
export async function resubmit(
  tx: Database,
  id: string,
  version: number,
  figures: ReportRow[],
  actorId: string,
): Promise<boolean> {
  const updated = await tx
    .update(reportSubmissions)
    .set({
      status: "submitted",
      figures,
      submittedBy: actorId,
      submittedAt: sql`now()`,
      version: sql`${reportSubmissions.version} + 1`,
    })
    .where(
      and(
        eq(reportSubmissions.id, id),
        eq(reportSubmissions.version, version),
        eq(reportSubmissions.status, "reopened"),
      ),
    )
    .returning({ id: reportSubmissions.id });
  if (updated.length === 0) return false;
  await tx
    .insert(reportSubmissionEvents)
    .values({ submissionId: id, action: "resubmitted", actorId, figures });
  return true;
}

export async function reopen(
  tx: Database,
  id: string,
  version: number,
  reason: string,
  actorId: string,
): Promise<boolean> {
  const updated = await tx
    .update(reportSubmissions)
    .set({
      status: "reopened",
      reopenedBy: actorId,
      reopenedAt: sql`now()`,
      reopenReason: reason,
      version: sql`${reportSubmissions.version} + 1`,
    })
    .where(
      and(
        eq(reportSubmissions.id, id),
        eq(reportSubmissions.version, version),
        eq(reportSubmissions.status, "submitted"),
      ),
    )
    .returning({ id: reportSubmissions.id });
  if (updated.length === 0) return false;
  await tx.insert(reportSubmissionEvents).values({ submissionId: id, action: "reopened", actorId, reason });
  return true;
}
