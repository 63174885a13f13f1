import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/test-app.ts";
import type { AccessScope } from "../access/access-scope.ts";
import { auditEvents } from "../audit/audit.tables.ts";
import { flushAuditQueue } from "../audit/audit.ts";
import { findTodayItems, todayLimitPerKind } from "./today.service.ts";
import { defineTodayProvider, type ProvidedTodayItem } from "./today-provider.ts";

const t = useTestApp();

function item(kind: string, id: string, entity?: string): ProvidedTodayItem {
  return {
    kind,
    params: { name: id },
    dueOn: null,
    link: `/somewhere/${id}`,
    severity: "due",
    mine: false,
    ...(entity ? { record: { entity, id } } : {}),
  };
}

const asked: string[] = [];
const follow = defineTodayProvider({
  key: "consultation.followUps",
  permission: "consultation.read",
  kinds: ["consultation.followUp", "consultation.referral"],
  async load(_db, scope, context) {
    asked.push(`follow:${scope.role}:${context.todayInJapan}:${context.limitPerKind}`);
    return [
      item("consultation.referral", "r1", "referral"),
      item("consultation.followUp", "f1", "participant"),
      item("consultation.followUp", "f2", "participant"),
    ];
  },
});
const crowded = defineTodayProvider({
  key: "community.tasks",
  permission: "community.read",
  kinds: ["community.task", "community.empty"],
  async load() {
    asked.push("crowded");
    return Array.from({ length: todayLimitPerKind + 1 }, (_, index) => item("community.task", `t${index}`));
  },
});
const actor = { id: null, email: "today-test", clientAddress: null };

function scopeOf(role: AccessScope["role"]): AccessScope {
  return { userId: "00000000-0000-0000-0000-0000000000aa", role, programIds: [] };
}

describe("the today list's registry", () => {
  it("asks only the providers the role may, and groups their items by kind in the providers' order", async () => {
    asked.length = 0;
    const now = new Date("2026-04-30T16:00:00Z");
    const result = await findTodayItems(t.database.db, actor, scopeOf("consultant"), [crowded, follow], now);
    expect(asked).toEqual([`follow:consultant:2026-05-01:${todayLimitPerKind}`]);
    expect(result.today).toBe("2026-05-01");
    expect(result.groups.map((group) => [group.kind, group.items.map((entry) => entry.params.name)])).toEqual(
      [
        ["consultation.followUp", ["f1", "f2"]],
        ["consultation.referral", ["r1"]],
      ],
    );
    // The record an item names is for the audit trail, not the answer.
    expect(JSON.stringify(result)).not.toContain("record");
  });

  it("shows the first items of a crowded kind, says there are more, and leaves out empty kinds", async () => {
    const result = await findTodayItems(t.database.db, actor, scopeOf("staff"), [crowded, follow]);
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]?.items).toHaveLength(todayLimitPerKind);
    expect(result.groups[0]?.more).toBe(true);
  });

  it("records a read of the records it names, one entry per entity", async () => {
    const reader = { id: null, email: "today-audit-test", clientAddress: null };
    await findTodayItems(t.database.db, reader, scopeOf("consultant"), [follow]);
    await flushAuditQueue(t.database.db);
    const entries = await t.database.db
      .select({ entity: auditEvents.entity, action: auditEvents.action, recordIds: auditEvents.recordIds })
      .from(auditEvents)
      .where(eq(auditEvents.actorEmail, "today-audit-test"))
      .orderBy(desc(auditEvents.id));
    expect(entries.sort((a, b) => a.entity.localeCompare(b.entity))).toEqual([
      { entity: "participant", action: "read", recordIds: ["f1", "f2"] },
      { entity: "referral", action: "read", recordIds: ["r1"] },
    ]);
  });
});
