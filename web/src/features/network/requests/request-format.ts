import { fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";

/** Today in Japan, "YYYY-MM-DD", whatever the browser's time zone. */
export function japanToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
}

/** The fiscal year of today in Japan (April to March). */
export function currentFiscalYear(now = new Date()): number {
  return fiscalYearOf(japanToday(now)) ?? now.getFullYear();
}

/** The status badges' colors (dark text on light fills, for contrast). */
export const statusColors = { new: "blue", accepted: "teal", declined: "gray", done: "grape" } as const;

/** The request's fields as the catalog names them (network.requests.fields.*). */
export type RequestFieldKey =
  | "receivedOn"
  | "origin"
  | "kind"
  | "requesterName"
  | "requesterOrganization"
  | "requesterContact"
  | "title"
  | "details"
  | "wantedOn"
  | "ownerId"
  | "status"
  | "outcome";
