import type {
  DuplicateCheckResult,
  DuplicateReason,
  duplicateCheckInputSchema,
} from "@otagai/shared/support/participants";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { participantKeysOf } from "./participant-keys.ts";
import {
  findDuplicateCandidates,
  similarReadingThreshold,
} from "./participants.duplicate-check.repository.ts";
import { presentParticipantSummary } from "./participants.presenter.ts";
import * as repository from "./participants.repository.ts";

export type DuplicateCheckInput = z.output<typeof duplicateCheckInputSchema>;

/** Matches shown in full; the rest of the visible ones are left out (the best come first). */
const maxShown = 20;

/**
 * How alike two records are, 0–1, from the reasons found: each reason alone gives its weight, and
 * several combine as independent evidence (1 − Π(1 − wᵢ)). Same reading and birth date is nearly
 * certain; a shared phone is strong but families and shelters share one; a similar reading in the
 * same birth year counts as much as the readings are alike.
 */
export function scoreOf(reasons: DuplicateReason[], similarity: number): number {
  const weights = reasons.map((reason) =>
    reason === "sameReadingAndBirthDate" ? 0.95 : reason === "samePhone" ? 0.6 : 0.8 * similarity,
  );
  const score = 1 - weights.reduce((rest, weight) => rest * (1 - weight), 1);
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}

/**
 * Likely duplicates of a person being registered (or edited: `excludeId`): the records the user may
 * see in full (summary only), best first; those of other programs only counted, never named.
 * Reused by registration (which refuses to save over them without a reason) and by the import.
 */
export async function checkDuplicates(
  db: Database,
  scope: AccessScope,
  input: DuplicateCheckInput,
  today: string,
): Promise<DuplicateCheckResult> {
  const keys = participantKeysOf(input);
  const candidates = await findDuplicateCandidates(db, scope, {
    readingKey: keys.readingKey,
    birthDate: input.birthDate,
    phoneNormalized: keys.phoneNormalized,
    excludeId: input.excludeId,
  });
  const scored = candidates
    .map((candidate) => {
      const reasons: DuplicateReason[] = [];
      if (candidate.sameReadingAndBirthDate) reasons.push("sameReadingAndBirthDate");
      if (candidate.samePhone) reasons.push("samePhone");
      // The same reading is already the stronger reason: "similar" only when it is not the same.
      if (!candidate.sameReadingAndBirthDate && candidate.similarity >= similarReadingThreshold)
        reasons.push("similarReadingSameBirthYear");
      return { ...candidate, reasons, score: scoreOf(reasons, candidate.similarity) };
    })
    .filter((candidate) => candidate.reasons.length > 0);
  const visible = scored
    .filter((candidate) => candidate.visible)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, maxShown);
  const rowsById = new Map(
    visible.flatMap((candidate) => (candidate.summary ? [[candidate.id, candidate.summary] as const] : [])),
  );
  const cases = await repository.findCaseSummaries(db, scope, [...rowsById.keys()]);
  return {
    matches: visible.flatMap((candidate) => {
      const row = rowsById.get(candidate.id);
      if (!row) return [];
      return [
        {
          participant: presentParticipantSummary(row, cases.get(row.id) ?? [], today),
          reasons: candidate.reasons,
          score: candidate.score,
        },
      ];
    }),
    hiddenMatches: scored.filter((candidate) => !candidate.visible).length,
  };
}
