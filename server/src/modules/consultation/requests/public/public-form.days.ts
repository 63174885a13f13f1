import { addDays } from "@otagai/shared/japanese/calendar-date";
import type { Database } from "../../../../platform/db/client.ts";
import { todayInJapan } from "../../../../platform/japan-time.ts";
import { openConsultationDays } from "../../appointments/slots.service.ts";

/** How far ahead the form offers days: about six weeks. */
export const offeredDaysAhead = 42;

/**
 * The days the public form offers: the open regular consultation days (holidays and closed days are
 * never among them) from tomorrow to six weeks on, each once, in order.
 */
export async function offeredConsultationDays(db: Database, now = new Date()): Promise<string[]> {
  const today = todayInJapan(now);
  const days = await openConsultationDays(db, addDays(today, 1), addDays(today, offeredDaysAhead));
  return [...new Set(days.filter((day) => day.freeSlots > 0).map((day) => day.date))].sort();
}
