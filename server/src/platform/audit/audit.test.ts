import { createHash } from "node:crypto";
import { auditActions } from "@otagai/shared/audit/schemas";
import { asc, sql as drizzleSql, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { testAuditKeyring } from "../../test/config.ts";
import { useTestApp } from "../../test/test-app.ts";
import { sqlStateOf } from "../db/errors.ts";
import { auditEvents } from "./audit.tables.ts";
import {
  type Actor,
  flushAuditQueue,
  hashAuditEvent,
  keyringMismatch,
  recordAudit,
  recordAuditNow,
  useAuditKeyring,
  verifyAuditChain,
} from "./audit.ts";
import { keyFingerprint, newAuditKeyLine, parseAuditKeyring } from "./audit-keys.ts";

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

  it("appends concurrent entries in shared transactions (group commit), ids gap-free", async () => {
    await resetTrail();
    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        recordAuditNow(t.database.db, actor, { action: "read", entity: "user", recordId: `g${index}` }),
      ),
    );
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: 50 });
    const rows = await t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.id));
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    // One timestamp per appending transaction: far fewer than one per entry.
    expect(new Set(rows.map((row) => row.occurredAt.getTime())).size).toBeLessThan(10);
  });

  it("appends after the end it knows in one statement, and the locked way once another writer moved it", async () => {
    await resetTrail();
    const transaction = vi.spyOn(t.database.db, "transaction");
    await appendEntries(1); // the end is unknown: the locked way
    expect(transaction).toHaveBeenCalledTimes(1);
    await appendEntries(2); // the end is known: no transaction of its own
    expect(transaction).toHaveBeenCalledTimes(1);
    // Another writer (a change's own transaction) moves the end.
    await t.database.db.transaction((tx) =>
      recordAudit(tx, actor, { action: "create", entity: "user", recordId: "elsewhere" }),
    );
    transaction.mockClear();
    await appendEntries(1); // the known end is stale: refused, then the locked way
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: 5 });
    // The trail rewound under it (a restore): the known end is gone, nothing is written after it.
    await resetTrail();
    await appendEntries(2);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: 2 });
    transaction.mockRestore();
  });

  it("keeps the chain whole when one-statement and locked appends race", async () => {
    await resetTrail();
    await appendEntries(1);
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        index % 3 === 0
          ? t.database.db.transaction((tx) =>
              recordAudit(tx, actor, { action: "create", entity: "user", recordId: `l${index}` }),
            )
          : recordAuditNow(t.database.db, actor, { action: "read", entity: "user", recordId: `n${index}` }),
      ),
    );
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: 31 });
  });

  it("fails only the bad entry of a shared transaction, never the others", async () => {
    await resetTrail();
    const results = await Promise.allSettled([
      recordAuditNow(t.database.db, actor, { action: "read", entity: "user", recordId: "good-1" }),
      recordAuditNow(t.database.db, actor, { action: "read", entity: "Not An Entity", recordId: "bad" }),
      recordAuditNow(t.database.db, actor, { action: "read", entity: "user", recordId: "good-2" }),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: 2 });
  });
});

/** What someone holding the database but not the key can do: rewrite rows with triggers off. */
async function rewriteRows(rows: (typeof auditEvents.$inferSelect)[]) {
  await sql("alter table audit_events disable trigger user");
  try {
    for (const row of rows) {
      await t.database.db
        .update(auditEvents)
        .set({ changedFields: row.changedFields, keyId: row.keyId, prevHash: row.prevHash, hash: row.hash })
        .where(eq(auditEvents.id, row.id));
    }
  } finally {
    await sql("alter table audit_events enable trigger user");
  }
}

/** The plain SHA-256 chain the trail used before it was keyed: anyone can recompute it. */
function unkeyedHash(row: typeof auditEvents.$inferSelect) {
  return createHash("sha256")
    .update(
      JSON.stringify([
        row.id,
        row.occurredAt.toISOString(),
        row.actorId,
        row.actorEmail,
        row.action,
        row.entity,
        row.recordId,
        row.changedFields,
        row.clientAddress,
        row.prevHash,
      ]),
    )
    .digest("hex");
}

describe("a keyed audit trail (ADR 012)", () => {
  async function editAndRechain(
    sign: (row: typeof auditEvents.$inferSelect) => typeof auditEvents.$inferSelect,
  ) {
    await resetTrail();
    await appendEntries(5);
    const rows = await t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.id));
    const third = rows[2];
    if (!third) throw new Error("no third row");
    third.changedFields = ["nothing"];
    let prevHash = rows[1]?.hash ?? "";
    const rewritten = rows.slice(2).map((row) => {
      const signed = sign({ ...row, prevHash });
      prevHash = signed.hash;
      return signed;
    });
    await rewriteRows(rewritten);
  }

  it("detects an edit re-chained with plain SHA-256 by someone without the key", async () => {
    await editAndRechain((row) => {
      const legacy = { ...row, keyId: null };
      return { ...legacy, hash: unkeyedHash(legacy) };
    });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({
      ok: false,
      checked: 2,
      firstBrokenId: 3,
      reason: "unkeyed",
    });
  });

  it("detects an edit re-chained with a key of the attacker's own", async () => {
    const forged = Buffer.from("an-attackers-own-key-of-at-least-32-bytes");
    // Signed exactly as the app signs, only with a key the key file does not hold.
    const attackersKeyring = parseAuditKeyring(`key: ${forged.toString("base64url")}\n`, "attacker");
    await editAndRechain((row) => {
      const signed = { ...row, keyId: keyFingerprint(forged) };
      return { ...signed, hash: hashAuditEvent(signed, attackersKeyring) as string };
    });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({
      ok: false,
      firstBrokenId: 3,
      reason: "unknown_key",
    });
  });

  it("accepts unkeyed entries only up to the count the key file recorded when it was made", async () => {
    await resetTrail();
    await appendEntries(3);
    const rows = await t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.id));
    // Rewrite the first two as the old, unkeyed scheme wrote them (an install upgraded with 2 entries).
    let prevHash = "0".repeat(64);
    const legacy = rows.slice(0, 2).map((row) => {
      const entry = { ...row, keyId: null, prevHash };
      prevHash = unkeyedHash(entry);
      return { ...entry, hash: prevHash };
    });
    await rewriteRows(legacy);
    const third = rows[2];
    if (!third) throw new Error("no third row");
    // The third, keyed entry now links to a different hash: re-sign it as the app would have.
    const keyed = parseAuditKeyring(
      `legacy-entries: 2\nkey: ${testAuditKeyring.current.secret.toString("base64url")}\n`,
      "upgraded",
    );
    const relinked = { ...third, prevHash };
    await rewriteRows([{ ...relinked, hash: hashAuditEvent(relinked, keyed) as string }]);

    expect(await verifyAuditChain(t.database.db, 5000, keyed)).toMatchObject({ ok: true, checked: 3 });
    const stricter = { ...keyed, legacyEntries: 1 };
    expect(await verifyAuditChain(t.database.db, 5000, stricter)).toMatchObject({
      ok: false,
      firstBrokenId: 2,
      reason: "unkeyed",
    });
  });

  it("keeps verifying old entries after the key is rotated, and only with the old key kept", async () => {
    await resetTrail();
    await appendEntries(2);
    const oldLine = `key: ${testAuditKeyring.current.secret.toString("base64url")}`;
    const rotated = parseAuditKeyring(`legacy-entries: 0\n${oldLine}\n${newAuditKeyLine()}\n`, "rotated");
    useAuditKeyring(rotated);
    try {
      await appendEntries(2);
      const keyIds = (await t.database.db.select().from(auditEvents).orderBy(asc(auditEvents.id))).map(
        (row) => row.keyId,
      );
      expect(keyIds).toEqual([
        testAuditKeyring.current.id,
        testAuditKeyring.current.id,
        rotated.current.id,
        rotated.current.id,
      ]);
      expect(await verifyAuditChain(t.database.db, 5000, rotated)).toMatchObject({ ok: true, checked: 4 });
      const newKeyOnly = parseAuditKeyring(
        `key: ${rotated.current.secret.toString("base64url")}\n`,
        "new key only",
      );
      expect(await verifyAuditChain(t.database.db, 5000, newKeyOnly)).toMatchObject({
        ok: false,
        firstBrokenId: 1,
        reason: "unknown_key",
      });
    } finally {
      useAuditKeyring(testAuditKeyring);
    }
  });
});

describe("the trail's own constraints (a bad row cannot be written, and is reported if it exists)", () => {
  it("accepts every action the app knows (the constraint and auditActions stay in step)", async () => {
    await resetTrail();
    for (const action of auditActions) await recordAuditNow(t.database.db, actor, { action, entity: "user" });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, checked: auditActions.length });
  });

  it("refuses a row the app could not have written", async () => {
    await resetTrail();
    await appendEntries(1);
    const insertBad = t.database.db.execute(
      drizzleSql`insert into audit_events (id, occurred_at, action, entity, prev_hash, hash)
        values (2, now(), 'teleport', 'user', ${"0".repeat(64)}, ${"0".repeat(64)})`,
    );
    expect(sqlStateOf(await insertBad.catch((error: unknown) => error))).toBe("23514"); // check_violation
  });
});

describe("starting with a key file that does not fit the trail", () => {
  it("is refused when the newest signed entry's key is missing or different, or an unsigned entry follows", async () => {
    await resetTrail();
    await appendEntries(2);
    expect(await keyringMismatch(t.database.db, testAuditKeyring)).toBeUndefined();

    const otherHost = parseAuditKeyring(`legacy-entries: 0\n${newAuditKeyLine()}\n`, "other host");
    expect(await keyringMismatch(t.database.db, otherHost)).toMatch(
      /entry 2 was signed with key .* not in the key file/,
    );

    // The same fingerprint cannot come with another secret, but a tampered newest row can.
    await tamper("update audit_events set changed_fields = '{edited}' where id = 2");
    expect(await keyringMismatch(t.database.db, testAuditKeyring)).toMatch(/does not verify/);

    await resetTrail();
    await appendEntries(1);
    // An older version still running appends an unsigned entry after the key file was made.
    const [first] = await t.database.db.select().from(auditEvents);
    if (!first) throw new Error("no entry");
    const unsigned = { ...first, id: 2, keyId: null, prevHash: first.hash };
    await t.database.db.insert(auditEvents).values({ ...unsigned, hash: unkeyedHash(unsigned) });
    expect(await keyringMismatch(t.database.db, testAuditKeyring)).toMatch(
      /entry 2 was written without a key/,
    );
  });

  it("writes what requests queued before the database closes", async () => {
    await resetTrail();
    const pending = Array.from({ length: 5 }, (_, index) =>
      recordAuditNow(t.database.db, actor, { action: "read", entity: "user", recordId: `close-${index}` }),
    );
    await flushAuditQueue(t.database.db);
    expect(await countEntries()).toBe(5);
    await Promise.all(pending);
  });
});

async function countEntries() {
  const [row] = await t.database.db.select({ n: drizzleSql<number>`count(*)::int` }).from(auditEvents);
  return row?.n ?? 0;
}
