import { certificationReminderDays } from "@otagai/shared/support/workplaces";
import { dueSeverity } from "@otagai/shared/today/schemas";
import { defineTodayProvider } from "../../../platform/today/today-provider.ts";
import { findExpiringCertifications } from "./workplaces.repository.ts";

export const workplaceTodayKinds = {
  certificationExpiring: "support.certificationExpiring",
} as const;

/** How long a lapsed certification stays on the list: long enough to renew or note it, not forever. */
export const certificationOverdueDays = 30;

/**
 * 認定就労訓練事業 certifications ending within `certificationReminderDays` (60) of today in Japan,
 * or lapsed up to `certificationOverdueDays` ago: the latest certification of each active or paused
 * workplace, so a renewal already recorded hides the one it replaces. For those who keep the
 * workplaces' records (workplaces.write); workplaces belong to no one in particular (mine: false).
 */
export const workplacesTodayProvider = defineTodayProvider({
  key: "support.workplaces",
  permission: "workplaces.write",
  kinds: [workplaceTodayKinds.certificationExpiring],
  async load(db, _scope, context) {
    const today = context.todayInJapan;
    const rows = await findExpiringCertifications(db, {
      today,
      daysAgo: certificationOverdueDays,
      daysAhead: certificationReminderDays,
      limit: context.limitPerKind + 1,
    });
    return rows.map((row) => ({
      kind: workplaceTodayKinds.certificationExpiring,
      params: { workplace: row.name, until: row.validUntil },
      dueOn: row.validUntil,
      link: `/support/workplaces/${row.workplaceId}`,
      severity: dueSeverity(row.validUntil, today),
      mine: false,
      record: { entity: "workplace", id: row.workplaceId },
    }));
  },
});
