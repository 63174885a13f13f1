import { beforeAll, describe, expect, it } from "vitest";
import { buildMemberOrganization } from "../../../test/factories/member-organizations.ts";
import { countRows } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { memberOrganizations } from "./members.tables.ts";

const t = useTestApp();
let staff: Session;
beforeAll(async () => {
  staff = await t.loginAs("staff");
});

const header = "団体名,ふりがな,種別,事業分野,郵便番号,住所,地域,代表者,電話番号,働く人数,入会日,退会日,状態";

function csv(lines: string[]): string {
  return Buffer.from(`${[header, ...lines].join("\n")}\n`, "utf8").toString("base64");
}

async function upload(content: string) {
  const response = await t.request({
    method: "POST",
    url: "/api/imports/member-organizations/uploads",
    session: staff,
    payload: { fileName: "members.csv", content },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { uploadId: string; mapping: Record<string, number | null> };
}

async function step(
  name: "preview" | "confirm",
  file: { uploadId: string; mapping: Record<string, number | null> },
) {
  return t.request({
    method: "POST",
    url: `/api/imports/member-organizations/${name}`,
    session: staff,
    payload: { uploadId: file.uploadId, mapping: file.mapping },
  });
}

describe("importing member organizations", () => {
  it("previews each bad row's problems in Japanese and writes nothing while any row has one", async () => {
    await buildMemberOrganization(t.database.db, {
      name: "NPO法人 既存のもり",
      nameKana: "えぬぴーおーほうじん きぞんのもり",
    });
    const before = await countRows(t.database.db, memberOrganizations);
    const file = await upload(
      csv([
        "ワーカーズ・コレクティブ 試験のうみ,ﾜｰｶｰｽﾞｺﾚｸﾃｨﾌﾞ しけんのうみ,ワーカーズ・コレクティブ,介護、食,2210822,横浜市神奈川区西神奈川9-1-1,横浜市神奈川区,試験 花子,045-000-0000,12,平成30年4月1日,,活動中",
        "試験のそら,試験,NPO法人,,,,,,,,2019/4/1,,",
        "試験のかわ,しけんのかわ,有限会社,魔法,,,,,,たくさん,2019-02-30,,",
        "試験のやま,しけんのやま,企業組合,,,,,,,,2010-04-01,2009-03-31,退会",
        "ワーカーズ・コレクティブ 試験のうみ2,わーかーずこれくてぃぶ しけんのうみ,その他,,,,,,,,2001-04-01,,",
        "既存のもり,えぬぴーおーほうじん きぞんのもり,NPO法人,,,,,,,,2001-04-01,,",
      ]),
    );
    expect(file.mapping).toMatchObject({ name: 0, nameKana: 1, kind: 2, joinedOn: 10, status: 12 });
    const preview = await step("preview", file);
    expect(preview.statusCode, preview.body).toBe(200);
    const result = preview.json() as {
      validCount: number;
      problemRows: { line: number; problems: { field: string | null; message: string }[] }[];
    };
    expect(result.validCount).toBe(1);
    const byLine = new Map(result.problemRows.map((row) => [row.line, row.problems]));
    expect(byLine.get(3)?.map((problem) => problem.field)).toEqual(["nameKana"]);
    expect(
      byLine
        .get(4)
        ?.map((problem) => problem.field)
        .sort(),
    ).toEqual(["fields", "joinedOn", "kind", "workingMembers"].sort());
    expect(byLine.get(4)?.find((problem) => problem.field === "kind")?.message).toContain("有限会社");
    expect(byLine.get(5)?.map((problem) => problem.field)).toEqual(["leftOn"]);
    expect(byLine.get(6)?.[0]?.message).toContain("2行目");
    expect(byLine.get(7)?.[0]?.message).toContain("NPO法人 既存のもり");

    expect((await step("confirm", file)).statusCode).toBe(400);
    expect(await countRows(t.database.db, memberOrganizations)).toBe(before);
  });

  it("writes every row of a clean file, with names read as the export writes them", async () => {
    const file = await upload(
      csv([
        "ワーカーズ・コレクティブ 試験のはな,わーかーずこれくてぃぶ しけんのはな,ワーカーズ・コレクティブ,カフェ、リサイクル,,,座間市,,,5,2001-04-01,2020-03-31,退会",
      ]),
    );
    const confirmed = await step("confirm", file);
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    expect(confirmed.json().created).toBe(1);
    const list = await t.request({
      method: "GET",
      url: "/api/network/members?status=left&area=座間市",
      session: staff,
    });
    expect(list.json().items).toEqual([
      expect.objectContaining({
        kind: "workers_collective",
        fields: ["cafe", "recycling"],
        leftOn: "2020-03-31",
      }),
    ]);
  });
});
