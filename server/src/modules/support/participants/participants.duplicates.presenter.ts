import type { DuplicatePair, DuplicateSweep, SweepStatus } from "@otagai/shared/support/duplicates";
import type { DuplicateReason, ParticipantSummary } from "@otagai/shared/support/participants";
import type { ListedPair, SweepRow } from "./participants.duplicates.repository.ts";

export function presentSweep(row: SweepRow): DuplicateSweep {
  return {
    id: row.id,
    status: row.status as SweepStatus,
    chunksDone: row.chunksDone,
    chunksTotal: row.chunksTotal,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    pairCount: row.pairCount,
  };
}

/** A pair as two summaries (what a list may show of a person) with its reasons and score. */
export function presentPair(
  row: ListedPair,
  summaries: Map<string, ParticipantSummary>,
): DuplicatePair | undefined {
  const participant = summaries.get(row.participantId);
  const other = summaries.get(row.otherId);
  if (!participant || !other) return undefined;
  return {
    participant,
    other,
    reasons: row.reasons as DuplicateReason[],
    score: Math.round(row.score * 100) / 100,
  };
}
