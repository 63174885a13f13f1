import type {
  DismissDuplicatePairInput,
  DuplicatePair,
  DuplicatePairPage,
  DuplicateSweep,
  findDuplicatePairsQuerySchema,
} from "@otagai/shared/support/duplicates";
import type { DuplicateReason } from "@otagai/shared/support/participants";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { sqlStateOf } from "../../../platform/db/errors.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { similarReadingThreshold } from "./participants.duplicate-check.repository.ts";
import { scoreOf } from "./participants.duplicate-check.ts";
import { presentPair, presentSweep } from "./participants.duplicates.presenter.ts";
import * as repository from "./participants.duplicates.repository.ts";
import { presentParticipantSummary } from "./participants.presenter.ts";
import {
  findCaseSummaries,
  findVisibleParticipantsByIds,
  getVisibleParticipant,
} from "./participants.repository.ts";

type FindPairsQuery = z.output<typeof findDuplicatePairsQuerySchema>;

/**
 * A phone number shared by more people than this (a shelter's, a support office's) is no sign that
 * two of them are one person: the sweep leaves such numbers out (their people are still compared
 * by reading and birth date).
 */
export const maxPeopleSharingPhone = 10;
/** A running sweep that has not moved for this long lost its process (chunks take seconds). */
const abandonedAfterSeconds = 120;

export type SweepProgress = { chunksDone: number; chunksTotal: number; pairsFound: number };
export type SweepResult = { sweepId: string; pairCount: number; chunks: number };

/** The registration check's reasons and score (participants.duplicate-check.ts), for a stored pair. */
export function scorePair(evidence: repository.PairEvidence): repository.ScoredPair | undefined {
  const reasons: DuplicateReason[] = [];
  if (evidence.sameReadingAndBirthDate) reasons.push("sameReadingAndBirthDate");
  if (evidence.samePhone) reasons.push("samePhone");
  if (!evidence.sameReadingAndBirthDate && evidence.similarity >= similarReadingThreshold)
    reasons.push("similarReadingSameBirthYear");
  if (reasons.length === 0) return undefined;
  return {
    participantId: evidence.participantId,
    otherId: evidence.otherId,
    reasons,
    score: scoreOf(reasons, evidence.similarity),
  };
}

function scored(evidence: repository.PairEvidence[]): repository.ScoredPair[] {
  return evidence.flatMap((pair) => scorePair(pair) ?? []);
}

class SweepInterrupted extends Error {
  constructor() {
    super("interrupted");
  }
}

/**
 * The work of one sweep (its row made already): every birth year in turn (same or similar reading,
 * found by the database; see findReadingPairsInYear), then shared phone numbers; each chunk's pairs
 * stored and the progress saved as it goes. Finished, its pairs replace the previous sweep's; on
 * failure (or `signal` aborting it between chunks) the sweep is marked failed and its pairs dropped.
 */
export async function continueSweep(
  db: Database,
  sweepId: string,
  options: { onProgress?: (progress: SweepProgress) => void; signal?: AbortSignal } = {},
): Promise<SweepResult> {
  const { onProgress, signal } = options;
  try {
    const years = await repository.findBirthYears(db);
    const chunksTotal = years.length + 1;
    let chunksDone = 0;
    let pairsFound = 0;
    const chunkDone = async (pairs: repository.ScoredPair[]) => {
      await repository.insertPairs(db, sweepId, pairs);
      chunksDone += 1;
      pairsFound += pairs.length;
      await repository.updateSweepProgress(db, sweepId, { chunksDone, chunksTotal });
      onProgress?.({ chunksDone, chunksTotal, pairsFound });
    };
    await repository.updateSweepProgress(db, sweepId, { chunksDone, chunksTotal });
    for (const year of years) {
      if (signal?.aborted) throw new SweepInterrupted();
      await chunkDone(scored(await repository.findReadingPairsInYear(db, year, similarReadingThreshold)));
    }
    if (signal?.aborted) throw new SweepInterrupted();
    await chunkDone(scored(await repository.findPhonePairs(db, maxPeopleSharingPhone)));
    const finished = await repository.finishSweep(db, sweepId);
    if (!finished) throw new SweepInterrupted();
    return { sweepId, pairCount: finished.pairCount, chunks: chunksTotal };
  } catch (error) {
    // The row keeps a code, never the error's text (which may quote a person's data).
    const reason = error instanceof SweepInterrupted ? "interrupted" : (sqlStateOf(error) ?? "error");
    await repository.failSweep(db, sweepId, reason).catch(() => undefined);
    throw error;
  }
}

/** Starts a sweep's row, or refuses while another runs (one at a time, across processes). */
async function beginSweep(db: Database, actor: Actor): Promise<repository.SweepRow> {
  await repository.failAbandonedSweeps(db, abandonedAfterSeconds);
  return db.transaction(async (tx) => {
    const row = await repository.insertSweep(tx, actor.id);
    if (!row) throw new AppError("SWEEP_RUNNING");
    await recordAudit(tx, actor, { action: "create", entity: "duplicate_sweep", recordId: row.id });
    return row;
  });
}

/**
 * The whole duplicate sweep over every live participant, start to finish, in the caller's time (the
 * benchmark times this; the web app starts it in the background through a SweepRunner).
 */
export async function runDuplicateSweep(
  db: Database,
  onProgress?: (progress: SweepProgress) => void,
  actor: Actor = { id: null, email: null, clientAddress: null },
): Promise<SweepResult> {
  const row = await beginSweep(db, actor);
  return continueSweep(db, row.id, onProgress ? { onProgress } : {});
}

/**
 * Runs sweeps in the background of this process: start() answers as soon as the sweep's row
 * exists; the page polls its progress. stop() (the app closing) ends it between two chunks.
 */
export type SweepRunner = {
  start(actor: Actor): Promise<DuplicateSweep>;
  stop(): Promise<void>;
};

export function createSweepRunner(db: Database, onError: (error: unknown) => void): SweepRunner {
  let running: { controller: AbortController; done: Promise<void> } | undefined;
  return {
    async start(actor) {
      const row = await beginSweep(db, actor);
      const controller = new AbortController();
      const done = continueSweep(db, row.id, { signal: controller.signal }).then(
        () => undefined,
        (error: unknown) => {
          if (!(error instanceof SweepInterrupted)) onError(error);
        },
      );
      const current = { controller, done };
      running = current;
      void done.finally(() => {
        if (running === current) running = undefined;
      });
      return presentSweep(row);
    },
    async stop() {
      const current = running;
      if (!current) return;
      current.controller.abort();
      await current.done;
    },
  };
}

/** The newest sweep and its progress (a sweep whose process ended shows as failed). */
export async function getLatestSweep(db: Database): Promise<{ sweep: DuplicateSweep | null }> {
  await repository.failAbandonedSweeps(db, abandonedAfterSeconds);
  const row = await repository.getLatestSweep(db);
  return { sweep: row ? presentSweep(row) : null };
}

/**
 * The newest finished sweep's pairs, best first: those whose two people are both live and both
 * visible to the user, minus those dismissed. Showing people is a read of each: audited.
 */
export async function findDuplicatePairs(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  query: FindPairsQuery,
): Promise<DuplicatePairPage> {
  const sweep = await repository.getLatestFinishedSweep(db);
  const empty = { items: [], total: 0, totalCapped: false, page: query.page, pageSize: query.pageSize };
  if (!sweep) return { ...empty, sweepId: null, sweepFinishedAt: null };
  const { rows, total, totalCapped } = await repository.findPairs(db, scope, sweep.id, query);
  const ids = [...new Set(rows.flatMap((row) => [row.participantId, row.otherId]))];
  const [people, cases] = await Promise.all([
    findVisibleParticipantsByIds(db, scope, ids),
    findCaseSummaries(db, scope, ids),
  ]);
  const today = todayInJapan();
  const summaries = new Map(
    people.map((row) => [row.id, presentParticipantSummary(row, cases.get(row.id) ?? [], today)]),
  );
  await recordAuditNow(db, actor, { action: "read", entity: "participant", recordIds: ids });
  return {
    items: rows.flatMap((row): DuplicatePair[] => {
      const pair = presentPair(row, summaries);
      return pair ? [pair] : [];
    }),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
    sweepId: sweep.id,
    sweepFinishedAt: sweep.finishedAt?.toISOString() ?? null,
  };
}

/** The two ids of a pair, the smaller first (as the tables keep them). */
export function orderedPair(a: string, b: string): { participantId: string; otherId: string } {
  return a < b ? { participantId: a, otherId: b } : { participantId: b, otherId: a };
}

/**
 * "Not a duplicate": both people must be live records the user may see (404 otherwise). The
 * decision is kept with who made it and when, and audited; no sweep lists the pair again.
 */
export async function dismissDuplicatePair(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  input: DismissDuplicatePairInput,
): Promise<void> {
  if (input.participantId === input.otherId) throw new AppError("SAME_RECORD");
  await db.transaction(async (tx) => {
    const one = await getVisibleParticipant(tx, scope, input.participantId);
    const two = await getVisibleParticipant(tx, scope, input.otherId);
    if (!one || !two) throw new AppError("NOT_FOUND");
    const pair = orderedPair(one.id, two.id);
    const added = await repository.insertDismissal(tx, pair, actor.id);
    if (added)
      await recordAudit(tx, actor, {
        action: "create",
        entity: "duplicate_dismissal",
        recordIds: [pair.participantId, pair.otherId],
      });
  });
}
