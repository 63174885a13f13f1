import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/test-app.ts";
import { type Actor, recordAudit, recordAuditNow, verifyAuditChain } from "./audit.ts";

const t = useTestApp();
const actor: Actor = { id: null, email: "tester@test.otagai.example", clientAddress: "127.0.0.1" };

function sql(text: string) {
  return t.database.withRawSession((session) => session.exec(text));
}

/** Tampering needs the append-only triggers off for a moment: exactly what an attacker with owner rights would do. */
async function tamper(statement: string) {
  await sql(
    `alter table audit_events disable trigger user; ${statement}; alter table audit_events enable trigger user;`,
  );
}

async function appendEntries(count: number) {
  for (let index = 0; index < count; index += 1) {
    await recordAuditNow(t.database.db, actor, {
      action: "update",
      entity: "user",
      recordId: `r${index}`,
      changedFields: ["displayName"],
    });
  }
}

async function resetTrail() {
  await tamper("delete from audit_events");
}

describe("audit trail", () => {
  it("chains entries and verifies an untouched trail", async () => {
    await resetTrail();
    await appendEntries(5);
    expect(await verifyAuditChain(t.database.db)).toEqual({
      ok: true,
      checked: 5,
      firstBrokenId: null,
      reason: null,
    });
  });

  it("verifies across pages of the chain", async () => {
    await resetTrail();
    await appendEntries(7);
    expect(await verifyAuditChain(t.database.db, 3)).toMatchObject({ ok: true, checked: 7 });
  });

  it("refuses update, delete and truncate on the table itself", async () => {
    await resetTrail();
    await appendEntries(2);
    await expect(sql("update audit_events set actor_email = 'someone-else' where id = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(sql("delete from audit_events where id = 2")).rejects.toThrow(/append-only/);
    await expect(sql("truncate audit_events")).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: 2 });
  });

  it("detects an edited field", async () => {
    await resetTrail();
    await appendEntries(4);
    await tamper("update audit_events set changed_fields = '{}' where id = 3");
    expect(await verifyAuditChain(t.database.db)).toEqual({
      ok: false,
      checked: 2,
      firstBrokenId: 3,
      reason: "hash_mismatch",
    });
  });

  it("detects a removed entry as a gap", async () => {
    await resetTrail();
    await appendEntries(4);
    await tamper("delete from audit_events where id = 2");
    expect(await verifyAuditChain(t.database.db)).toMatchObject({
      ok: false,
      firstBrokenId: 2,
      reason: "gap",
    });
  });

  it("detects a forged entry whose own hash was recomputed, by the next entry's link", async () => {
    await resetTrail();
    await appendEntries(3);
    await tamper("update audit_events set hash = repeat('a', 64) where id = 2");
    const result = await verifyAuditChain(t.database.db);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenId).toBe(2);
  });

  it("rolls back with the change it describes", async () => {
    await resetTrail();
    await expect(
      t.database.db.transaction(async (tx) => {
        await recordAudit(tx, actor, { action: "create", entity: "user", recordId: "x" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: 0 });
  });

  it("keeps ids gap-free and the chain valid under concurrent appends", async () => {
    await resetTrail();
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        recordAuditNow(t.database.db, actor, { action: "read", entity: "user", recordId: `c${index}` }),
      ),
    );
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: 20 });
  });
});
