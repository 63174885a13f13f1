import { participantSummarySchema } from "@otagai/shared/support/participants";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../../platform/audit/audit.tables.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildUser } from "../../../test/factories.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { listParticipants, person, searchIds } from "./participants.test-support.ts";

const t = useTestApp();
let manager: Session;
beforeAll(async () => {
  manager = await t.loginAs("manager");
});

describe("search by kana and kanji", () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ids.hamada = (await person(t, "浜田 葵", "はまだ あおい")).id;
    ids.hasegawa = (await person(t, "長谷川 美咲", "ハセガワ ミサキ")).id;
    ids.tomita = (await person(t, "冨田 誠", "とみた まこと")).id;
    ids.togashi = (await person(t, "富樫 蓮", "とがし れん")).id;
    ids.hamaguchi = (await person(t, "濵口 結衣", "はまぐち ゆい")).id;
    ids.makihara = (await person(t, "槇原 翼", "まきはら つばさ")).id;
    ids.saito = (await person(t, "齋藤 陸", "さいとう りく")).id;
  });

  it("finds a reading typed in hiragana, katakana or half-width katakana, whole or in part", async () => {
    for (const q of ["はまだ", "ハマダ", "ﾊﾏﾀﾞ", "はまだ あおい", "ﾊﾏﾀﾞｱｵｲ", "あおい"])
      expect(await searchIds(t, manager, q), q).toContain(ids.hamada);
    // Stored in katakana, found in hiragana and half-width.
    for (const q of ["はせがわ", "ﾊｾｶﾞﾜ", "がわみさ"])
      expect(await searchIds(t, manager, q), q).toContain(ids.hasegawa);
  });

  it("finds part of a kanji name, three characters and more through the trigram index", async () => {
    expect(await searchIds(t, manager, "谷川美")).toEqual([ids.hasegawa]);
    expect(await searchIds(t, manager, "長谷川 美咲")).toEqual([ids.hasegawa]);
  });

  it("finds two-character pieces (the bigram index): kanji and kana", async () => {
    expect(await searchIds(t, manager, "谷川")).toEqual([ids.hasegawa]);
    expect(await searchIds(t, manager, "美咲")).toEqual([ids.hasegawa]);
    expect(await searchIds(t, manager, "りく")).toContain(ids.saito);
  });

  it("finds names across variant kanji, either spelling stored, either typed", async () => {
    expect(await searchIds(t, manager, "富田")).toContain(ids.tomita); // stored 冨田
    expect(await searchIds(t, manager, "冨田")).toContain(ids.tomita);
    expect(await searchIds(t, manager, "冨樫")).toContain(ids.togashi); // stored 富樫
    expect(await searchIds(t, manager, "浜口")).toContain(ids.hamaguchi); // stored 濵口
    expect(await searchIds(t, manager, "濵田")).toContain(ids.hamada); // stored 浜田
    expect(await searchIds(t, manager, "槙原 翼")).toContain(ids.makihara); // stored 槇原
    expect(await searchIds(t, manager, "斎藤")).toContain(ids.saito); // stored 齋藤
    expect(await searchIds(t, manager, "斉藤陸")).toContain(ids.saito);
  });

  it("answers one character with the names or readings that start with it", async () => {
    const ha = await searchIds(t, manager, "は");
    expect(ha).toEqual(expect.arrayContaining([ids.hamada, ids.hasegawa, ids.hamaguchi]));
    expect(ha).not.toContain(ids.tomita);
    const hama = await searchIds(t, manager, "濱");
    expect(hama).toEqual(expect.arrayContaining([ids.hamada, ids.hamaguchi]));
    expect(hama).not.toContain(ids.hasegawa);
  });

  it("takes search text literally (LIKE wildcards and SQL fragments find nothing)", async () => {
    for (const q of ["%", "%%", "_", "' OR '1'='1", "100%"])
      expect(await searchIds(t, manager, q), q).toEqual([]);
  });

  it("counts a search's matches on every page, and past the last one", async () => {
    // 浜 (one kanji) sorts its own matches and counts them beside the page: 浜田 and 濵口 (浜口).
    const pages = await Promise.all(
      [1, 2, 3].map((page) => listParticipants(t, manager, { q: "浜", pageSize: 1, page })),
    );
    expect(pages.map((list) => list.items.length)).toEqual([1, 1, 0]);
    expect(pages.map((list) => list.total)).toEqual([2, 2, 2]);
    expect(pages.flatMap((list) => list.items.map((item) => item.id)).sort()).toEqual(
      [ids.hamada, ids.hamaguchi].sort(),
    );
  });
});

describe("filters, 五十音 order and pages", () => {
  const program = { id: "" };
  const other = { id: "" };
  const ids: Record<string, string> = {};
  let coordinatorId = "";
  beforeAll(async () => {
    program.id = (await buildProgram(t.database.db)).id;
    other.id = (await buildProgram(t.database.db)).id;
    coordinatorId = (await buildUser(t.database.db, { role: "coordinator" })).id;
    const today = todayInJapan();
    const yearsAgo = (years: number, days = 0) => {
      const date = new Date(`${today}T00:00:00Z`);
      date.setUTCFullYear(date.getUTCFullYear() - years);
      date.setUTCDate(date.getUTCDate() + days);
      return date.toISOString().slice(0, 10);
    };
    // Readings in katakana and hiragana: the order folds both.
    ids.watanabe = (await person(t, "渡辺 一", "ワタナベ ハジメ", { birthDate: yearsAgo(25) })).id;
    ids.abe = (await person(t, "阿部 二郎", "あべ じろう", { birthDate: yearsAgo(30, 1) })).id;
    ids.kato = (await person(t, "加藤 三奈", "カトウ ミナ", { birthDate: yearsAgo(30) })).id;
    ids.ueda = (await person(t, "上田 四季", "うえだ しき", { birthDate: yearsAgo(61) })).id;
    await buildCase(t.database.db, program.id, {
      participantId: ids.watanabe,
      status: "active",
      leadCoordinatorId: coordinatorId,
    });
    await buildCase(t.database.db, program.id, { participantId: ids.abe, status: "intake" });
    await buildCase(t.database.db, program.id, { participantId: ids.kato, status: "active" });
    await buildCase(t.database.db, other.id, {
      participantId: ids.ueda,
      status: "active",
      leadCoordinatorId: coordinatorId,
    });
  });

  it("lists a program's participants in 五十音 order of their readings", async () => {
    const page = await listParticipants(t, manager, { programId: program.id });
    expect(page.items.map((item) => item.id)).toEqual([ids.abe, ids.kato, ids.watanabe]);
    expect(page.total).toBe(3);
    expect(page.items[0]?.cases).toEqual([
      expect.objectContaining({ programId: program.id, status: "intake", openedOn: "2026-04-15" }),
    ]);
  });

  it("filters by case status and by the case's lead coordinator", async () => {
    const active = await listParticipants(t, manager, { programId: program.id, caseStatus: "active" });
    expect(active.items.map((item) => item.id)).toEqual([ids.kato, ids.watanabe]);
    const led = await listParticipants(t, manager, { coordinatorId });
    expect(led.items.map((item) => item.id)).toEqual([ids.ueda, ids.watanabe]);
    // The same case must match both: 上田's active case is in the other program.
    const both = await listParticipants(t, manager, { coordinatorId, programId: program.id });
    expect(both.items.map((item) => item.id)).toEqual([ids.watanabe]);
  });

  it("filters by age band, age counted today in Japan (a birthday tomorrow is not yet counted)", async () => {
    const twenties = await listParticipants(t, manager, { programId: program.id, ageBand: "20s" });
    expect(twenties.items.map((item) => item.id)).toEqual([ids.abe, ids.watanabe]);
    expect(twenties.items.find((item) => item.id === ids.abe)?.age).toBe(29);
    const thirties = await listParticipants(t, manager, { programId: program.id, ageBand: "30s" });
    expect(thirties.items.map((item) => item.id)).toEqual([ids.kato]);
    const older = await listParticipants(t, manager, { ageBand: "60plus", coordinatorId });
    expect(older.items.map((item) => item.id)).toEqual([ids.ueda]);
  });

  it("pages through the list in the same order, with the total", async () => {
    const first = await listParticipants(t, manager, { programId: program.id, pageSize: 2, page: 1 });
    const second = await listParticipants(t, manager, { programId: program.id, pageSize: 2, page: 2 });
    expect(first.items.map((item) => item.id)).toEqual([ids.abe, ids.kato]);
    expect(second.items.map((item) => item.id)).toEqual([ids.watanabe]);
    expect([first.total, second.total, first.totalCapped]).toEqual([3, 3, false]);
  });

  it("audits the list read with the ids it showed", async () => {
    const page = await listParticipants(t, manager, { programId: program.id });
    const [entry] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorId, manager.userId))
      .orderBy(auditEvents.id)
      .then((rows) => rows.slice(-1));
    expect(entry).toMatchObject({ action: "read", entity: "participant", recordId: null });
    expect(entry?.recordIds).toEqual(page.items.map((item) => item.id));
  });

  it("shows only the summary: no contact details, notes or sensitive fields", async () => {
    const page = await listParticipants(t, manager, { programId: program.id });
    for (const item of page.items)
      expect(Object.keys(item).sort()).toEqual(Object.keys(participantSummarySchema.shape).sort());
  });

  it("never lists or finds a merged-away record (tombstone)", async () => {
    const survivor = await person(t, "福留 孝", "ふくどめ たかし");
    const tombstone = await person(t, "福留 孝", "ふくどめ たかし", { mergedIntoId: survivor.id });
    const found = await searchIds(t, manager, "ふくどめ");
    expect(found).toContain(survivor.id);
    expect(found).not.toContain(tombstone.id);
  });
});

describe("a user limited to programs", () => {
  it("lists only participants with a case in their programs, or registered by them with no case yet", async () => {
    const programA = await buildProgram(t.database.db);
    const programB = await buildProgram(t.database.db);
    const coordinatorB = await t.loginAs("coordinator", { programIds: [programB.id] });
    const inA = await person(t, "宇佐美 光", "うさみ ひかる");
    const inB = await person(t, "宇佐美 翔", "うさみ しょう");
    const inBoth = await person(t, "宇佐美 陽", "うさみ よう");
    const mineNoCase = await person(t, "宇佐美 空", "うさみ そら", { createdBy: coordinatorB.userId });
    const othersNoCase = await person(t, "宇佐美 海", "うさみ うみ");
    await buildCase(t.database.db, programA.id, { participantId: inA.id });
    await buildCase(t.database.db, programB.id, { participantId: inB.id });
    await buildCase(t.database.db, programA.id, { participantId: inBoth.id });
    await buildCase(t.database.db, programB.id, { participantId: inBoth.id });
    const page = await listParticipants(t, coordinatorB, { q: "うさみ" });
    expect(page.items.map((item) => item.id).sort()).toEqual([inB.id, inBoth.id, mineNoCase.id].sort());
    expect(page.total).toBe(3);
    // Of someone with cases in both programs, only program B's case shows.
    expect(page.items.find((item) => item.id === inBoth.id)?.cases.map((c) => c.programId)).toEqual([
      programB.id,
    ]);
    // A program filter outside the scope finds nothing.
    expect((await listParticipants(t, coordinatorB, { programId: programA.id })).items).toEqual([]);
    for (const id of [inA.id, othersNoCase.id]) {
      const response = await t.request({
        method: "GET",
        url: `/api/participants/${id}`,
        session: coordinatorB,
      });
      expect(response.statusCode, id).toBe(404);
    }
  });
});
