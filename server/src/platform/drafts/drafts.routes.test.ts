import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { countRows, expectError } from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";
import { deleteExpiredRows } from "../db/maintenance.ts";
import { draftsPerUser } from "./drafts.repository.ts";
import { drafts } from "./drafts.tables.ts";

const t = useTestApp({ draftTtlHours: 48 });
let author: Session;
let colleague: Session;

beforeAll(async () => {
  author = await t.loginAs("coordinator");
  colleague = await t.loginAs("coordinator");
});

const planForm = { goals: [{ area: "daily", text: "朝9時に起きる" }], notes: "面談で本人と確認" };

function put(session: Session, url: string, payload: unknown, baseVersion: number | null = null) {
  return t.request({ method: "PUT", url, session, payload: { payload, baseVersion } });
}
const get = (session: Session, url: string) => t.request({ method: "GET", url, session });
const remove = (session: Session, url: string) => t.request({ method: "DELETE", url, session });

describe("a form's draft on the server", () => {
  it("keeps what was typed, with the record's version, until it expires (DRAFT_TTL_HOURS)", async () => {
    const url = "/api/drafts/support.plan?recordKey=case-1";
    expectError(await get(author, url), 404, "NOT_FOUND");

    const saved = await put(author, url, planForm, 3);
    expect(saved.statusCode, saved.body).toBe(200);
    const { updatedAt, expiresAt } = saved.json();
    expect(Date.parse(expiresAt) - Date.parse(updatedAt)).toBe(48 * 3_600_000);

    const draft = await get(author, url);
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toEqual({
      formKey: "support.plan",
      recordKey: "case-1",
      payload: planForm,
      baseVersion: 3,
      updatedAt,
      expiresAt,
    });
  });

  it("replaces the last draft of the same form and record; another record's is its own", async () => {
    const url = "/api/drafts/support.intake?recordKey=case-2";
    await put(author, url, { notes: "一回目" });
    const first = (await get(author, url)).json();
    await put(author, url, { notes: "二回目" }, 1);
    const second = (await get(author, url)).json();
    expect(second.payload).toEqual({ notes: "二回目" });
    expect(second.baseVersion).toBe(1);
    expect(Date.parse(second.updatedAt)).toBeGreaterThanOrEqual(Date.parse(first.updatedAt));

    // A new record (no record key) and another record are drafts of their own.
    await put(author, "/api/drafts/support.intake", { notes: "新規" });
    expect((await get(author, "/api/drafts/support.intake")).json().payload).toEqual({ notes: "新規" });
    expect((await get(author, "/api/drafts/support.intake?recordKey=")).json().payload).toEqual({
      notes: "新規",
    });
    expect((await get(author, url)).json().payload).toEqual({ notes: "二回目" });
    expectError(await get(author, "/api/drafts/support.intake?recordKey=case-3"), 404, "NOT_FOUND");
  });

  it("belongs to its author only: a colleague can neither read nor drop it, and saves their own", async () => {
    const url = "/api/drafts/support.assessment?recordKey=case-4";
    await put(author, url, { summary: "本人の希望: 事務の仕事" });

    expectError(await get(colleague, url), 404, "NOT_FOUND");
    expect((await remove(colleague, url)).statusCode).toBe(204);
    expect((await get(author, url)).json().payload).toEqual({ summary: "本人の希望: 事務の仕事" });

    await put(colleague, url, { summary: "同僚の下書き" });
    expect((await get(colleague, url)).json().payload).toEqual({ summary: "同僚の下書き" });
    expect((await get(author, url)).json().payload).toEqual({ summary: "本人の希望: 事務の仕事" });
  });

  it("is dropped on request (after the form was saved); dropping none is no error", async () => {
    const url = "/api/drafts/support.closure?recordKey=case-5";
    await put(author, url, { reason: "就職" });
    expect((await remove(author, url)).statusCode).toBe(204);
    expectError(await get(author, url), 404, "NOT_FOUND");
    expect((await remove(author, url)).statusCode).toBe(204);
  });

  it("refuses a payload over 200 kB, and writes nothing", async () => {
    const url = "/api/drafts/support.participant?recordKey=big";
    const before = await countRows(t.database.db, drafts);
    expectError(await put(author, url, { notes: "あ".repeat(70_000) }), 413, "PAYLOAD_TOO_LARGE");
    expect(await countRows(t.database.db, drafts)).toBe(before);
    expect((await put(author, url, { notes: "あ".repeat(60_000) })).statusCode).toBe(200);
  });

  it("refuses a form key outside the pattern, and anonymous callers", async () => {
    expectError(await get(author, "/api/drafts/Support%20Plan"), 400, "VALIDATION_FAILED", [
      "params.formKey",
    ]);
    expectError(await put(author, "/api/drafts/support.plan", "text"), 400, "VALIDATION_FAILED", [
      "body.payload",
    ]);
    expectError(await t.request({ method: "GET", url: "/api/drafts/support.plan" }), 401, "UNAUTHENTICATED");
  });

  it("is never returned once expired, and the periodic clean-up deletes it", async () => {
    const url = "/api/drafts/support.evaluation?recordKey=case-6";
    await put(author, url, { notes: "期限切れになる" });
    await put(author, "/api/drafts/support.evaluation?recordKey=case-7", { notes: "まだ有効" });
    await t.database.db
      .update(drafts)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(drafts.userId, author.userId), eq(drafts.recordKey, "case-6")));

    expectError(await get(author, url), 404, "NOT_FOUND");
    expect((await deleteExpiredRows(t.database.db)).drafts).toBe(1);
    const left = await t.database.db
      .select({ recordKey: drafts.recordKey })
      .from(drafts)
      .where(and(eq(drafts.userId, author.userId), eq(drafts.formKey, "support.evaluation")));
    expect(left).toEqual([{ recordKey: "case-7" }]);
  });

  it("keeps a person's newest drafts only, past the limit", async () => {
    const person = await t.loginAs("staff");
    await t.database.db.insert(drafts).values(
      Array.from({ length: draftsPerUser }, (_, index) => ({
        userId: person.userId,
        formKey: "old.form",
        recordKey: String(index),
        payload: { index },
        updatedAt: sql`now() - make_interval(mins => ${draftsPerUser - index})`,
        expiresAt: sql`now() + interval '1 day'`,
      })),
    );
    expect((await put(person, "/api/drafts/new.form", { text: "今" })).statusCode).toBe(200);
    const keys = await t.database.db
      .select({ formKey: drafts.formKey, recordKey: drafts.recordKey })
      .from(drafts)
      .where(eq(drafts.userId, person.userId));
    expect(keys).toHaveLength(draftsPerUser);
    expect(keys).not.toContainEqual({ formKey: "old.form", recordKey: "0" });
    expect(keys).toContainEqual({ formKey: "new.form", recordKey: "" });
    expect(keys).toContainEqual({ formKey: "old.form", recordKey: "1" });
  });
});
