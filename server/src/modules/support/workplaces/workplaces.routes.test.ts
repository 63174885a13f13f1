import type { WorkplaceSummary } from "@otagai/shared/support/workplaces";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCertification, buildWorkplace } from "../../../test/factories/workplaces.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { partnerWorkplaces } from "./workplaces.tables.ts";

type WorkplacePage = {
  items: WorkplaceSummary[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
};

const t = useTestApp();
let coordinator: Session;
beforeAll(async () => {
  coordinator = await t.loginAs("coordinator");
});

const today = todayInJapan();
function day(offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

const profile = {
  name: "ワーカーズ・コレクティブ 若葉台キッチン",
  nameKana: "ワーカーズコレクティブ ワカバダイキッチン",
  postalCode: "241-0801",
  address: "横浜市旭区若葉台9-1-1",
  area: "横浜市旭区",
  contactName: "岡本 美和",
  contactPhone: "045-000-2101",
  contactEmail: "wakaba@example.org",
  workKinds: ["food", "cafe"],
  workDays: ["mon", "wed"],
  hoursFrom: "10:00",
  hoursTo: "14:00",
  traineeCapacity: 3,
  supportFeatures: ["quietRoom"],
};

async function list(query: Record<string, string> = {}, session = coordinator): Promise<WorkplacePage> {
  const response = await t.request({
    method: "GET",
    url: `/api/workplaces?${new URLSearchParams({ pageSize: "200", ...query }).toString()}`,
    session,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const namesOf = (page: WorkplacePage) => page.items.map((item) => item.name);

describe("registering and editing a workplace", () => {
  it("registers a workplace with its search keys, audited", async () => {
    const response = await t.request({
      method: "POST",
      url: "/api/workplaces",
      session: coordinator,
      payload: profile,
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      ...profile,
      status: "active",
      certifications: [],
      certifiedUntil: null,
      certifiedTypes: [],
      memberOrganizationId: null,
      version: 1,
    });
    const [row] = await t.database.db
      .select()
      .from(partnerWorkplaces)
      .where(eq(partnerWorkplaces.id, created.id));
    expect(row).toMatchObject({
      readingKey: "わーかーずこれくてぃぶわかばだいきっちん",
      searchKey: "わーかーずこれくてぃぶ若葉台きっちん わーかーずこれくてぃぶわかばだいきっちん",
      createdBy: coordinator.userId,
    });
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "create",
      entity: "workplace",
      recordId: created.id,
    });
    expect(audit?.changedFields).toEqual(expect.arrayContaining(["name", "workKinds", "hoursFrom"]));
    expect(audit?.changedFields).not.toContain("supportNotes");
  });

  it("refuses bad input with 400, the fields' paths and Japanese messages, writing nothing", async () => {
    const before = await list();
    const response = await t.request({
      method: "POST",
      url: "/api/workplaces",
      session: coordinator,
      payload: {
        name: "",
        nameKana: "Wakaba",
        contactPhone: "12",
        workKinds: ["mining"],
        hoursFrom: "9:00",
        traineeCapacity: 100,
        extra: true,
      },
    });
    const body = expectError(response, 400, "VALIDATION_FAILED");
    expect(body.message).toBe("入力内容を確認してください。");
    const messages = Object.fromEntries((body.fields ?? []).map((field) => [field.path, field.message]));
    expect(Object.keys(messages)).toEqual(
      expect.arrayContaining([
        "body.name",
        "body.nameKana",
        "body.contactPhone",
        "body.workKinds.0",
        "body.hoursFrom",
        "body.traineeCapacity",
        "body",
      ]),
    );
    expect(messages["body.nameKana"]).toBe("ふりがなは、ひらがなかカタカナで入力してください。");
    expect(messages["body.hoursFrom"]).toBe("時刻は「09:30」のように24時間制で入力してください。");
    expect(messages["body.contactPhone"]).toBe("電話番号の形式が正しくありません（例: 045-123-4567）。");
    const hours = await t.request({
      method: "POST",
      url: "/api/workplaces",
      session: coordinator,
      payload: { ...profile, hoursFrom: "15:00", hoursTo: "09:00" },
    });
    expect(expectError(hours, 400, "VALIDATION_FAILED", ["body.hoursTo"]).fields?.[0]?.message).toBe(
      "終わりの時刻は始まりの時刻より後にしてください。",
    );
    expect((await list()).total).toBe(before.total);
  });

  it("edits only the fields sent, keeps the keys in step, and answers 409 to a stale version", async () => {
    const workplace = await buildWorkplace(t.database.db, {
      name: "旧名称の店",
      nameKana: "キュウメイショウノミセ",
    });
    const url = `/api/workplaces/${workplace.id}`;
    const first = await t.request({
      method: "PATCH",
      url,
      session: coordinator,
      payload: { name: "ワーカーズ 新名称", nameKana: "わーかーず しんめいしょう", version: 1 },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      name: "ワーカーズ 新名称",
      area: workplace.area,
      workKinds: workplace.workKinds,
      hoursFrom: workplace.hoursFrom,
      version: 2,
    });
    const [row] = await t.database.db
      .select()
      .from(partnerWorkplaces)
      .where(eq(partnerWorkplaces.id, workplace.id));
    expect(row?.readingKey).toBe("わーかーずしんめいしょう");
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "update",
      entity: "workplace",
      recordId: workplace.id,
    });
    expect(audit?.changedFields?.sort()).toEqual(["name", "nameKana"]);

    expectError(
      await t.request({
        method: "PATCH",
        url,
        session: coordinator,
        payload: { status: "paused", version: 1 },
      }),
      409,
      "STALE_UPDATE",
    );
    // One hour sent alone meets the stored other.
    expectError(
      await t.request({
        method: "PATCH",
        url,
        session: coordinator,
        payload: { hoursTo: "08:00", version: 2 },
      }),
      400,
      "VALIDATION_FAILED",
      ["body.hoursTo"],
    );
    // Nothing really changed: no new version.
    const same = await t.request({
      method: "PATCH",
      url,
      session: coordinator,
      payload: { area: workplace.area, version: 2 },
    });
    expect(same.json().version).toBe(2);
    expectError(
      await t.request({
        method: "PATCH",
        url: "/api/workplaces/00000000-0000-4000-8000-000000000000",
        session: coordinator,
        payload: { version: 1 },
      }),
      404,
      "NOT_FOUND",
    );
  });
});

describe("the list", () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const db = t.database.db;
    ids.sakura = (
      await buildWorkplace(db, {
        name: "さくら工房",
        nameKana: "サクラコウボウ",
        area: "座間市",
        workKinds: ["manufacturing"],
      })
    ).id;
    ids.aozora = (
      await buildWorkplace(db, {
        name: "ワーカーズ・コレクティブ 青空食堂",
        nameKana: "アオゾラショクドウ",
        area: "横浜市港北区",
        workKinds: ["food", "cafe"],
      })
    ).id;
    ids.kawa = (
      await buildWorkplace(db, {
        name: "川辺の清掃舎",
        nameKana: "かわべのせいそうしゃ",
        area: "相模原市緑区",
        workKinds: ["cleaning"],
        status: "paused",
      })
    ).id;
    ids.ended = (
      await buildWorkplace(db, { name: "閉じた店", nameKana: "トジタミセ", area: "座間市", status: "ended" })
    ).id;
    ids.ikoi = (
      await buildWorkplace(db, {
        name: "憩いの喫茶",
        nameKana: "いこいのきっさ",
        area: "横浜市港北区",
        workKinds: ["cafe"],
      })
    ).id;
    await buildCertification(db, ids.aozora, {
      validFrom: day(-100),
      validUntil: day(200),
      employmentTypes: ["employed"],
    });
    await buildCertification(db, ids.sakura, { validFrom: day(-800), validUntil: day(-1) }); // lapsed yesterday
    await buildCertification(db, ids.ikoi, { validFrom: day(1), validUntil: day(700) }); // from tomorrow
  });

  it("lists in 五十音順 by reading, whatever script it was typed in", async () => {
    const page = await list();
    const mine = page.items.filter((item) => Object.values(ids).includes(item.id)).map((item) => item.id);
    expect(mine).toEqual([ids.aozora, ids.ikoi, ids.kawa, ids.sakura, ids.ended]);
  });

  it("filters by kind of work, part of the area, status and a certification valid today", async () => {
    expect(namesOf(await list({ workKind: "cafe", area: "港北" }))).toEqual([
      "ワーカーズ・コレクティブ 青空食堂",
      "憩いの喫茶",
    ]);
    expect(namesOf(await list({ area: "座間" }))).toEqual(["さくら工房", "閉じた店"]);
    expect(namesOf(await list({ status: "paused" }))).toEqual(["川辺の清掃舎"]);
    const certified = await list({ certified: "true" });
    expect(certified.items.map((item) => item.id)).toEqual([ids.aozora]);
    expect(certified.items[0]).toMatchObject({ certifiedUntil: day(200), certifiedTypes: ["employed"] });
    const uncertified = (await list({ certified: "false" })).items.map((item) => item.id);
    expect(uncertified).toEqual(expect.arrayContaining([ids.sakura, ids.ikoi]));
    expect(uncertified).not.toContain(ids.aozora);
  });

  it("finds a name or reading in part, in either kana script or width, and kanji in part", async () => {
    for (const q of [
      "あおぞら",
      "アオゾラ",
      "ｱｵｿﾞﾗ",
      "ぞらしょく",
      "青空",
      "青空食",
      "空食堂",
      "コレクティブ青空",
    ])
      expect(
        (await list({ q })).items.map((item) => item.id),
        q,
      ).toContain(ids.aozora);
    expect(namesOf(await list({ q: "カワベ" }))).toEqual(["川辺の清掃舎"]);
    expect(namesOf(await list({ q: "清掃舎" }))).toEqual(["川辺の清掃舎"]);
    expect((await list({ q: "%" })).items).toEqual([]);
  });

  it("pages with a total", async () => {
    const page = await list({ area: "座間", pageSize: "1", page: "2" });
    expect(page).toMatchObject({ total: 2, totalCapped: false, page: 2, pageSize: 1 });
    expect(namesOf(page)).toEqual(["閉じた店"]);
  });
});

describe("who may use it", () => {
  it("lets a viewer read but not write; partner and consultant get 403", async () => {
    const workplace = await buildWorkplace(t.database.db);
    const viewer = await t.loginAs("viewer");
    expect((await list({}, viewer)).total).toBeGreaterThan(0);
    const read = await t.request({ method: "GET", url: `/api/workplaces/${workplace.id}`, session: viewer });
    expect(read.statusCode).toBe(200);
    expectError(
      await t.request({ method: "POST", url: "/api/workplaces", session: viewer, payload: profile }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await t.request({
        method: "PATCH",
        url: `/api/workplaces/${workplace.id}`,
        session: viewer,
        payload: { version: 1 },
      }),
      403,
      "FORBIDDEN",
    );
    for (const role of ["partner", "consultant"] as const) {
      const session = await t.loginAs(role);
      expectError(await t.request({ method: "GET", url: "/api/workplaces", session }), 403, "FORBIDDEN");
      expectError(
        await t.request({ method: "GET", url: `/api/workplaces/${workplace.id}`, session }),
        403,
        "FORBIDDEN",
      );
    }
  });

  it("answers 404 for a workplace that does not exist", async () => {
    expectError(
      await t.request({
        method: "GET",
        url: "/api/workplaces/00000000-0000-4000-8000-000000000000",
        session: coordinator,
      }),
      404,
      "NOT_FOUND",
    );
  });
});
