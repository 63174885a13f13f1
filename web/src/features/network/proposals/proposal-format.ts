import type { proposalsJa } from "@otagai/shared/i18n/network/proposals.ja";

/** Today in Japan, "YYYY-MM-DD": the forms' default day. */
export function japanToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
}

/** The status badges' colors (dark text on light fills, for contrast). */
export const proposalStatusColors = {
  draft: "gray",
  discussed: "blue",
  submitted: "teal",
  answered: "grape",
} as const;

/** The fields as the catalog names them (network.proposals.fields.*). */
export type ProposalFieldKey = keyof (typeof proposalsJa)["fields"];
