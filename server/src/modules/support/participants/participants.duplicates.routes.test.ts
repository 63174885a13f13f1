import type { DuplicatePairPage, LatestSweep } from "@otagai/shared/support/duplicates";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { maxPeopleSharingPhone, runDuplicateSweep } from "./participants.duplicates.service.ts";
import { duplicateDismissals, duplicatePairs, duplicateSweeps } from "./participants.duplicates.tables.ts";
import { participants } from "./participants.tables.ts";
import { person } from "./participants.test-support.ts";

const t = useTestApp();
let manager: Session;
let programA: string;
let programB: string;

beforeAll(async () => {
  programA = (await buildProgram(t.database.db)).id;
  programB = (await buildProgram(t.database.db)).id;
  manager = await t.loginAs("manager");
});

/** A person with a case in `programId` (visible to that program's users). */
async function inProgram(
  programId: string,
  name: string,
  kana: string,
  overrides: Parameters<typeof person>[3] = {},
) {
  const row = await person(t, name, kana, overrides);
  await buildCase(t.database.db, programId, { participantId: row.id });
  return row;
}

async function pairsOf(session: Session, query: Record<string, string> = {}): Promise<DuplicatePairPage> {
  const response = await t.request({
    method: "GET",
    url: "/api/duplicate-pairs",
    query: { pageSize: "200", ...query },
    session,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

function key(a: string, b: string) {
  return [a, b].sort().join(" ");
}

function pairKeys(page: DuplicatePairPage) {
  return page.items.map((pair) => key(pair.participant.id, pair.other.id));
}

async function latest(session: Session): Promise<LatestSweep> {
  const response = await t.request({ method: "GET", url: "/api/duplicate-sweeps/latest", session });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function sweepThroughTheApi(session: Session) {
  const started = await t.request({ method: "POST", url: "/api/duplicate-sweeps", session });
  expect(started.statusCode, started.body).toBe(201);
  expect(started.json()).toMatchObject({ status: "running", chunksDone: 0 });
  for (let i = 0; i < 200; i++) {
    const { sweep } = await latest(session);
    if (sweep?.status !== "running") return sweep;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the sweep did not finish");
}

describe("the duplicate sweep", () => {
  // Planted: each kind of likely duplicate, and look-alikes that are not.
  const planted = new Map<string, { id: string }>();
  /** The id of a planted person. */
  const id = (name: string) => {
    const row = planted.get(name);
    if (!row) throw new Error(`nobody planted as ${name}`);
    return row.id;
  };
  beforeAll(async () => {
    const db = t.database.db;
    planted.set(
      "sameA",
      await inProgram(programA, "青柳 静香", "あおやぎ しずか", { birthDate: "1985-06-01" }),
    );
    // The same reading typed in katakana, the name in a variant kanji: the same person.
    planted.set(
      "sameB",
      await inProgram(programA, "靑柳 静香", "アオヤギ シズカ", { birthDate: "1985-06-01" }),
    );
    planted.set(
      "phoneA",
      await inProgram(programA, "土橋 樹", "どばし いつき", {
        birthDate: "1971-02-03",
        phone: "090-4321-8765",
      }),
    );
    planted.set(
      "phoneB",
      await inProgram(programA, "日下部 蓮", "くさかべ れん", {
        birthDate: "2001-11-30",
        phone: "09043218765",
      }),
    );
    planted.set(
      "similarA",
      await inProgram(programA, "黒沢 稔", "くろさわ みのる", { birthDate: "1979-03-14" }),
    );
    planted.set(
      "similarB",
      await inProgram(programA, "黒澤 実", "くろさわ みのり", { birthDate: "1979-10-02" }),
    );
    // Similar readings, different birth years: not a pair.
    planted.set(
      "otherYearA",
      await inProgram(programA, "早乙女 澪", "さおとめ みお", { birthDate: "1960-01-01" }),
    );
    planted.set(
      "otherYearB",
      await inProgram(programA, "早乙女 澪", "さおとめ みお", { birthDate: "1961-01-01" }),
    );
    // A pair a manager already said are two people.
    planted.set(
      "dismissedA",
      await inProgram(programA, "真壁 湊", "まかべ みなと", { birthDate: "1992-04-04" }),
    );
    planted.set(
      "dismissedB",
      await inProgram(programA, "真壁 湊", "まかべ みなと", { birthDate: "1992-04-04" }),
    );
    const [low, high] = [id("dismissedA"), id("dismissedB")].sort() as [string, string];
    await db.insert(duplicateDismissals).values({ participantId: low, otherId: high });
    // A tombstone is nobody's duplicate.
    planted.set("live", await inProgram(programA, "能登 楓", "のと かえで", { birthDate: "1983-08-08" }));
    planted.set(
      "tombstone",
      await person(t, "能登 楓", "のと かえで", {
        birthDate: "1983-08-08",
        mergedIntoId: id("live"),
      }),
    );
    // One person in program A, their look-alike in program B.
    planted.set("crossA", await inProgram(programA, "鬼頭 凪", "きとう なぎ", { birthDate: "1999-09-09" }));
    planted.set("crossB", await inProgram(programB, "鬼頭 凪", "きとう なぎ", { birthDate: "1999-09-09" }));
    // A number shared by many (an office's): no pairs from it alone.
    for (let i = 0; i <= maxPeopleSharingPhone; i++)
      planted.set(
        `office${i}`,
        await inProgram(
          programA,
          `事務所${i} 利用者`,
          `じむしょ${"あいうえおかきくけこさしす"[i]} りようしゃ`,
          {
            birthDate: `${1940 + i * 3}-05-05`,
            phone: "045-000-1111",
          },
        ),
      );
  });

  it("finds the planted pairs with their reasons, skipping dismissed pairs, tombstones and shared office numbers", async () => {
    const progress: number[] = [];
    const result = await runDuplicateSweep(t.database.db, (step) => progress.push(step.chunksDone));
    expect(progress.at(-1)).toBe(result.chunks);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const stored = await t.database.db
      .select()
      .from(duplicatePairs)
      .where(eq(duplicatePairs.sweepId, result.sweepId));
    expect(stored.length).toBe(result.pairCount);
    const byKey = new Map(stored.map((row) => [key(row.participantId, row.otherId), row]));
    const pair = (a: string, b: string) => byKey.get(key(id(a), id(b)));

    expect(pair("sameA", "sameB")).toMatchObject({ reasons: ["sameReadingAndBirthDate"] });
    expect(pair("sameA", "sameB")?.score).toBeGreaterThanOrEqual(0.95);
    expect(pair("phoneA", "phoneB")).toMatchObject({ reasons: ["samePhone"], score: 0.6 });
    expect(pair("similarA", "similarB")?.reasons).toEqual(["similarReadingSameBirthYear"]);
    expect(pair("similarA", "similarB")?.score).toBeLessThan(0.8);
    expect(pair("crossA", "crossB")?.reasons).toEqual(["sameReadingAndBirthDate"]);
    expect(pair("otherYearA", "otherYearB")).toBeUndefined();
    expect(pair("dismissedA", "dismissedB")).toBeUndefined();
    expect(pair("live", "tombstone")).toBeUndefined();
    expect(pair("office0", "office1")).toBeUndefined();
    expect(stored.every((row) => row.participantId < row.otherId)).toBe(true);

    const [sweep] = await t.database.db
      .select()
      .from(duplicateSweeps)
      .where(eq(duplicateSweeps.id, result.sweepId));
    expect(sweep).toMatchObject({
      status: "finished",
      chunksDone: result.chunks,
      chunksTotal: result.chunks,
    });
  });

  it("runs in the background from the web app, with progress, one at a time", async () => {
    const before = await latest(manager);
    const started = await t.request({ method: "POST", url: "/api/duplicate-sweeps", session: manager });
    expect(started.statusCode, started.body).toBe(201);
    const sweepId = started.json().id;
    expect(sweepId).not.toBe(before.sweep?.id);
    // A second one while it runs is refused, in the caller's language.
    const second = await t.request({
      method: "POST",
      url: "/api/duplicate-sweeps",
      session: manager,
      headers: { "accept-language": "en" },
    });
    if (second.statusCode !== 201) {
      expectError(second, 409, "SWEEP_RUNNING");
      expect(second.json().message).toMatch(/already running/);
    }
    let sweep = (await latest(manager)).sweep;
    for (let i = 0; i < 200 && sweep?.status === "running"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sweep = (await latest(manager)).sweep;
    }
    expect(sweep).toMatchObject({ status: "finished", finishedAt: expect.any(String) });
    expect(sweep?.chunksDone).toBe(sweep?.chunksTotal);
    // Only the newest result is kept.
    const sweepsWithPairs = await t.database.db
      .selectDistinct({ sweepId: duplicatePairs.sweepId })
      .from(duplicatePairs);
    expect(sweepsWithPairs).toEqual([{ sweepId: sweep?.id }]);
    const [audit] = await auditEventsWhere(t.database.db, { action: "create", entity: "duplicate_sweep" });
    expect(audit?.actorId).toBe(manager.userId);
  });

  it("lists pairs best first, only those whose two people the user may see, audited", async () => {
    const page = await pairsOf(manager);
    expect(page.sweepId).not.toBeNull();
    const scores = page.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(pairKeys(page)).toContain(key(id("sameA"), id("sameB")));
    expect(pairKeys(page)).toContain(key(id("crossA"), id("crossB")));
    const sample = page.items.find((item) => item.reasons.includes("samePhone"));
    // Summaries only: nothing of the contact details or the sensitive section.
    expect(Object.keys(sample?.participant ?? {}).sort()).toEqual(
      [
        "age",
        "birthDate",
        "cases",
        "familyName",
        "familyNameKana",
        "givenName",
        "givenNameKana",
        "id",
      ].sort(),
    );

    const limited = await t.loginAs("manager", { programIds: [programA] });
    const limitedPage = await pairsOf(limited);
    expect(pairKeys(limitedPage)).toContain(key(id("sameA"), id("sameB")));
    expect(pairKeys(limitedPage)).not.toContain(key(id("crossA"), id("crossB")));
    const [read] = await auditEventsWhere(t.database.db, {
      action: "read",
      entity: "participant",
      actorId: limited.userId,
    });
    expect(read?.recordIds).toEqual(expect.arrayContaining([id("sameA"), id("sameB")]));
    expect(read?.recordIds).not.toContain(id("crossB"));
  });

  it("dismisses a pair as not a duplicate: gone from the list now and from later sweeps", async () => {
    const pair = { participantId: id("similarB"), otherId: id("similarA") };
    const response = await t.request({
      method: "POST",
      url: "/api/duplicate-pairs/dismiss",
      session: manager,
      payload: pair,
    });
    expect(response.statusCode, response.body).toBe(204);
    expect(pairKeys(await pairsOf(manager))).not.toContain(key(pair.participantId, pair.otherId));
    // Twice is fine (nothing new is recorded).
    const again = await t.request({
      method: "POST",
      url: "/api/duplicate-pairs/dismiss",
      session: manager,
      payload: pair,
    });
    expect(again.statusCode).toBe(204);
    const audits = await auditEventsWhere(t.database.db, { action: "create", entity: "duplicate_dismissal" });
    expect(audits).toHaveLength(1);
    expect([...(audits[0]?.recordIds ?? [])].sort()).toEqual([pair.participantId, pair.otherId].sort());
    const [row] = await t.database.db
      .select()
      .from(duplicateDismissals)
      .where(eq(duplicateDismissals.decidedBy, manager.userId));
    expect(row?.participantId).toBe([pair.participantId, pair.otherId].sort()[0]);

    await sweepThroughTheApi(manager);
    expect(pairKeys(await pairsOf(manager))).not.toContain(key(pair.participantId, pair.otherId));
  });

  it("refuses to dismiss a record with itself, or people the user cannot see", async () => {
    const limited = await t.loginAs("manager", { programIds: [programA] });
    const dismiss = (session: Session, participantId: string, otherId: string) =>
      t.request({
        method: "POST",
        url: "/api/duplicate-pairs/dismiss",
        session,
        payload: { participantId, otherId },
      });
    expectError(await dismiss(manager, id("sameA"), id("sameA")), 400, "SAME_RECORD");
    expectError(await dismiss(limited, id("crossA"), id("crossB")), 404, "NOT_FOUND");
    expectError(await dismiss(manager, id("live"), id("tombstone")), 404, "NOT_FOUND");
  });

  it("is for managers: a coordinator is refused (403)", async () => {
    const coordinator = await t.loginAs("coordinator", { programIds: [programA] });
    for (const [method, url] of [
      ["POST", "/api/duplicate-sweeps"],
      ["GET", "/api/duplicate-sweeps/latest"],
      ["GET", "/api/duplicate-pairs"],
      ["POST", "/api/duplicate-pairs/dismiss"],
    ] as const) {
      const response = await t.request({
        method,
        url,
        session: coordinator,
        ...(method === "POST" ? { payload: {} } : {}),
      });
      expectError(response, 403, "FORBIDDEN");
    }
  });

  it("keeps tombstones out of the list even when a sweep found them before the merge", async () => {
    const first = await inProgram(programA, "氷室 航", "ひむろ わたる", { birthDate: "1987-01-20" });
    const second = await inProgram(programA, "氷室 航", "ひむろ わたる", { birthDate: "1987-01-20" });
    await sweepThroughTheApi(manager);
    expect(pairKeys(await pairsOf(manager))).toContain(key(first.id, second.id));
    await t.database.db
      .update(participants)
      .set({ mergedIntoId: first.id })
      .where(eq(participants.id, second.id));
    expect(pairKeys(await pairsOf(manager))).not.toContain(key(first.id, second.id));
  });
});
