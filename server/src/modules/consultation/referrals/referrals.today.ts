import { daysBetween } from "@otagai/shared/japanese/calendar-date";
import { dueSeverity } from "@otagai/shared/today/schemas";
import { defineTodayProvider } from "../../../platform/today/today-provider.ts";
import { findFollowUpsDue, findStaleReferrals } from "./referrals.repository.ts";

export const referralTodayKinds = {
  stale: "referral.stale",
  followUpDue: "referral.followUpDue",
} as const;

/** How far ahead a follow-up shows: the week to come. */
export const followUpAheadDays = 7;

/**
 * The desk's referrals to chase: those that have not moved for `staleDays` (TODAY_REFERRAL_STALE_DAYS)
 * and those whose follow-up date is within the week or past; only referrals the user reaches (the
 * referrals policy), the user's own first.
 */
export function referralsTodayProvider(options: { staleDays: number }) {
  return defineTodayProvider({
    key: "consultation.referrals",
    permission: "referrals.write",
    kinds: [referralTodayKinds.stale, referralTodayKinds.followUpDue],
    async load(db, scope, context) {
      const today = context.todayInJapan;
      const window = { today, userId: scope.userId, limit: context.limitPerKind + 1 };
      const [stale, followUps] = await Promise.all([
        findStaleReferrals(db, scope, { ...window, staleDays: options.staleDays }),
        findFollowUpsDue(db, scope, { ...window, aheadDays: followUpAheadDays }),
      ]);
      return [
        ...stale.map((row) => ({
          kind: referralTodayKinds.stale,
          params: { recipient: row.recipientName, days: String(daysBetween(row.day, today)) },
          dueOn: row.day,
          link: `/consultation/referrals/${row.id}`,
          severity: "overdue" as const,
          mine: row.createdBy === scope.userId,
          record: { entity: "referral", id: row.id },
        })),
        ...followUps.map((row) => ({
          kind: referralTodayKinds.followUpDue,
          params: { recipient: row.recipientName },
          dueOn: row.day,
          link: `/consultation/referrals/${row.id}`,
          severity: dueSeverity(row.day, today),
          mine: row.createdBy === scope.userId,
          record: { entity: "referral", id: row.id },
        })),
      ];
    },
  });
}
