import type { ageBands } from "@otagai/shared/support/participants";
import type { TFunction } from "i18next";

export type AgeBand = (typeof ageBands)[number];

/**
 * The API's age bands, here as values without loading the zod schemas into the list page (the
 * type check below fails when the shared list gains a band this one lacks).
 */
export const ageBandValues = ["under20", "20s", "30s", "40s", "50s", "60plus"] as const;
type Missing = Exclude<AgeBand, (typeof ageBandValues)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

export function ageBandOptions(t: TFunction) {
  return ageBandValues.map((band) => ({ value: band, label: t(`support.participants.ageBands.${band}`) }));
}
