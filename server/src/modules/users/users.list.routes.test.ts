import { beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../test/factories.ts";
import { auditEventsWhere, expectError } from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";

const t = useTestApp();
let admin: Session;
beforeAll(async () => {
  admin = await t.loginAs("admin");
});

describe("GET /api/users", () => {
  const domain = "list.otagai.example";
  beforeAll(async () => {
    const people = [
      { name: "山本 さくら", kana: "やまもと さくら", local: "sakura.yamamoto", role: "coordinator" },
      { name: "山田 太一", kana: "やまだ たいち", local: "taichi.yamada", role: "staff" },
      { name: "青山 葵", kana: "あおやま あおい", local: "aoi.aoyama", role: "staff", status: "disabled" },
      { name: "川口 蓮", kana: "かわぐち れん", local: "ren.kawaguchi", role: "viewer" },
      { name: "木村 結衣", kana: "きむら ゆい", local: "yui.kimura", role: "consultant" },
    ] as const;
    for (const person of people) {
      await buildUser(t.database.db, {
        email: `${person.local}@${domain}`,
        displayName: person.name,
        displayNameKana: person.kana,
        role: person.role,
        status: "status" in person ? person.status : "active",
      });
    }
  });

  async function list(query: Record<string, string>, session = admin) {
    const response = await t.request({ method: "GET", url: "/api/users", query, session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      items: { email: string; displayNameKana: string }[];
      total: number;
      page: number;
      pageSize: number;
    };
  }
  const locals = (page: { items: { email: string }[] }) => page.items.map((item) => item.email.split("@")[0]);

  it("finds users by any part of the kana, the name or the e-mail address", async () => {
    expect(locals(await list({ q: "やま" }))).toEqual(["aoi.aoyama", "taichi.yamada", "sakura.yamamoto"]);
    expect(locals(await list({ q: "山本" }))).toEqual(["sakura.yamamoto"]);
    expect(locals(await list({ q: "YAMADA" }))).toEqual(["taichi.yamada"]);
    expect((await list({ q: domain })).total).toBe(5);
  });

  it("treats % and _ in the search as plain characters", async () => {
    expect((await list({ q: "%" })).total).toBe(0);
    expect((await list({ q: "_" })).total).toBe(0);
  });

  it("filters by role and by status", async () => {
    expect(locals(await list({ q: domain, role: "staff" }))).toEqual(["aoi.aoyama", "taichi.yamada"]);
    expect(locals(await list({ q: domain, status: "disabled" }))).toEqual(["aoi.aoyama"]);
    expect(locals(await list({ q: domain, role: "staff", status: "active" }))).toEqual(["taichi.yamada"]);
  });

  it("pages through the results in kana order", async () => {
    const pages = [];
    for (const page of ["1", "2", "3", "4"]) pages.push(await list({ q: domain, pageSize: "2", page }));
    expect(pages.map(locals)).toEqual([
      ["aoi.aoyama", "ren.kawaguchi"],
      ["yui.kimura", "taichi.yamada"],
      ["sakura.yamamoto"],
      [],
    ]);
    expect(pages.map((page) => [page.total, page.page, page.pageSize])).toEqual([
      [5, 1, 2],
      [5, 2, 2],
      [5, 3, 2],
      [5, 4, 2],
    ]);
  });

  it("sorts in 五十音 order whatever script or width the kana was typed in, the same on both databases", async () => {
    const mixed = "mixed.otagai.example";
    for (const [local, kana] of [
      ["watanabe", "わたなべ"],
      ["aoki", "アオキ"],
      ["inoue", "ｲﾉｳｴ"],
      ["gotou", "ごとう"],
      ["kotou", "ことう"],
    ]) {
      await buildUser(t.database.db, {
        email: `${local}@${mixed}`,
        displayName: "試験 太郎",
        displayNameKana: kana as string,
      });
    }
    expect(locals(await list({ q: mixed }))).toEqual(["aoki", "inoue", "kotou", "gotou", "watanabe"]);
  });

  it("finds a person by kana typed in another script or width", async () => {
    expect(locals(await list({ q: "ヤマダ" }))).toEqual(["taichi.yamada"]);
    expect(locals(await list({ q: "ﾔﾏﾀﾞ" }))).toEqual(["taichi.yamada"]);
  });

  it("records the listing as a read of user records", async () => {
    const before = (
      await auditEventsWhere(t.database.db, { action: "read", actorId: admin.userId, recordId: null })
    ).length;
    await list({ q: "やま" });
    const after = await auditEventsWhere(t.database.db, {
      action: "read",
      actorId: admin.userId,
      recordId: null,
    });
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ entity: "user", changedFields: [] });
  });

  it("refuses an unknown role, page size or query field", async () => {
    const queries: Record<string, string>[] = [
      { role: "boss" },
      { pageSize: "500" },
      { page: "0" },
      { sort: "email" },
    ];
    for (const query of queries) {
      const response = await t.request({ method: "GET", url: "/api/users", query, session: admin });
      expectError(response, 400, "VALIDATION_FAILED");
    }
  });
});
