import { roleHas } from "@otagai/shared/platform/permissions";
import type { Today, TodayItem } from "@otagai/shared/today/schemas";
import type { AccessScope } from "../access/access-scope.ts";
import { type Actor, recordAuditNow } from "../audit/audit.ts";
import type { Database } from "../db/client.ts";
import { todayInJapan } from "../japan-time.ts";
import type { ProvidedTodayItem, TodayProvider } from "./today-provider.ts";

export const todayLimitPerKind = 20;

/**
 * The caller's "today" list: every provider their role may ask, in parallel, grouped by kind in
 * the providers' order. The records the list names are recorded as read (a list read, by entity).
 */
export async function findTodayItems(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  providers: readonly TodayProvider[],
  now = new Date(),
): Promise<Today> {
  const context = { todayInJapan: todayInJapan(now), limitPerKind: todayLimitPerKind };
  const asked = providers.filter((provider) => roleHas(scope.role, provider.permission));
  const loaded = await Promise.all(asked.map((provider) => provider.load(db, scope, context)));

  const groups: Today["groups"] = [];
  const shownRecords = new Map<string, string[]>();
  asked.forEach((provider, index) => {
    const items = loaded[index] ?? [];
    for (const kind of provider.kinds) {
      const ofKind = items.filter((item) => item.kind === kind);
      if (ofKind.length === 0) continue;
      const shown = ofKind.slice(0, context.limitPerKind);
      for (const item of shown) {
        if (!item.record) continue;
        const ids = shownRecords.get(item.record.entity) ?? [];
        if (!ids.includes(item.record.id)) ids.push(item.record.id);
        shownRecords.set(item.record.entity, ids);
      }
      groups.push({ kind, items: shown.map(presentItem), more: ofKind.length > context.limitPerKind });
    }
  });
  await Promise.all(
    [...shownRecords].map(([entity, recordIds]) =>
      recordAuditNow(db, actor, { action: "read", entity, recordIds }),
    ),
  );
  return { today: context.todayInJapan, groups };
}

function presentItem({ record: _record, ...item }: ProvidedTodayItem): TodayItem {
  return item;
}
