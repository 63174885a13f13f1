import { participantExportMaxRows } from "@otagai/shared/support/participants";
import ExcelJS from "exceljs";
import type { LightMyRequestResponse } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { participantKeysOf } from "./participant-keys.ts";
import { participants } from "./participants.tables.ts";
import { person } from "./participants.test-support.ts";

const t = useTestApp();
let programId: string;
let programName: string;
let coordinator: Session;
let consultant: Session;
const ids: Record<string, string> = {};
beforeAll(async () => {
  const program = await buildProgram(t.database.db, { name: "試験就労準備" });
  programId = program.id;
  programName = program.name;
  coordinator = await t.loginAs("coordinator", { programIds: [programId] });
  consultant = await t.loginAs("consultant", { programIds: [programId] });
  ids.ok = (await person(t, "綾瀬 晴", "あやせ はる", { birthDate: "1990-04-01", phone: "045-111-2222" })).id;
  ids.hostile = (
    await person(t, '=HYPERLINK("http://x") 太郎', "いのうえ たろう", {
      address: "@SUM(1+1)",
      email: "+cmd@example.test",
      birthDate: null,
    })
  ).id;
  for (const id of Object.values(ids))
    await buildCase(t.database.db, programId, { participantId: id, status: "active" });
  await t.request({
    method: "PUT",
    url: `/api/participants/${ids.ok}/sensitive`,
    session: coordinator,
    payload: { health: "-腰痛", benefits: ["public_assistance"], version: 0 },
  });
});

async function sheetOf(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

function exportAs(session: Session, query: Record<string, string> = { programId }) {
  return t.request({
    method: "GET",
    url: "/api/participants/export",
    query,
    session,
    headers: { "accept-language": "ja" },
  });
}

describe("GET /api/participants/export", () => {
  it("sends the filtered list as an .xlsx download with a Japanese file name", async () => {
    const response = await exportAs(coordinator);
    expect(response.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const disposition = String(response.headers["content-disposition"]);
    expect(disposition).toMatch(/^attachment; filename="[\w.-]+\.xlsx"; filename\*=UTF-8''%E5%88%A9/);
    expect(response.headers["cache-control"]).toBe("no-store");
    const rows = await sheetOf(response);
    expect(rows[0]?.slice(0, 10)).toEqual([
      "氏名",
      "ふりがな",
      "生年月日",
      "生年月日（和暦）",
      "年齢",
      "電話番号",
      "メールアドレス",
      "郵便番号",
      "住所",
      "事業・支援の段階",
    ]);
    // 五十音 order: あやせ before いのうえ.
    expect(rows[1]?.slice(0, 6)).toEqual([
      "綾瀬 晴",
      "あやせ はる",
      "1990-04-01",
      "平成2年4月1日",
      expect.any(Number),
      "045-111-2222",
    ]);
    expect(rows[1]?.[9]).toBe(`${programName}: 支援中`);
  });

  it("prefixes every cell that could be read as a formula with '", async () => {
    const rows = await sheetOf(await exportAs(coordinator));
    const hostile = rows.find((row) => row[1] === "いのうえ たろう");
    expect(hostile?.[0]).toBe(`'=HYPERLINK("http://x") 太郎`);
    expect(hostile?.[6]).toBe("'+cmd@example.test");
    expect(hostile?.[8]).toBe("'@SUM(1+1)");
    const ok = rows.find((row) => row[1] === "あやせ はる");
    expect(ok?.[10]).toBe("'-腰痛");
  });

  it("has the sensitive columns only for users with participants.sensitive", async () => {
    const withSensitive = await sheetOf(await exportAs(coordinator));
    expect(withSensitive[0]).toHaveLength(17);
    expect(withSensitive[0]).toContain("健康の状況");
    expect(withSensitive.find((row) => row[1] === "あやせ はる")).toContain("生活保護");
    const without = await sheetOf(await exportAs(consultant));
    expect(without[0]).toHaveLength(10);
    expect(JSON.stringify(without)).not.toContain("腰痛");
    expect(JSON.stringify(without)).not.toContain("生活保護");
  });

  it("is audited as an export naming every person in it (and the sensitive section when included)", async () => {
    await exportAs(coordinator);
    const [sensitive, list] = await auditEventsWhere(t.database.db, {
      action: "export",
      actorId: coordinator.userId,
    });
    expect(list).toMatchObject({ entity: "participant" });
    expect(list?.recordIds.sort()).toEqual([ids.ok, ids.hostile].sort());
    expect(sensitive).toMatchObject({ entity: "participant_sensitive" });
    await exportAs(consultant);
    const consultantEntries = await auditEventsWhere(t.database.db, {
      action: "export",
      actorId: consultant.userId,
    });
    expect(new Set(consultantEntries.map((entry) => entry.entity))).toEqual(new Set(["participant"]));
  });

  it("refuses more than the cap with a clear error, exporting nothing", async () => {
    const manager = await t.loginAs("manager");
    const values = Array.from({ length: participantExportMaxRows + 1 }, (_, index) => {
      const profile = {
        familyName: "大量",
        givenName: `${index}`,
        familyNameKana: "たいりょう",
        givenNameKana: "",
        phone: "",
      };
      return { ...profile, ...participantKeysOf(profile) };
    });
    for (let start = 0; start < values.length; start += 1000)
      await t.database.db.insert(participants).values(values.slice(start, start + 1000));
    const response = await exportAs(manager, { q: "たいりょう" });
    const body = expectError(response, 400, "EXPORT_TOO_LARGE");
    expect(body.message).toContain(String(participantExportMaxRows));
    expect(await auditEventsWhere(t.database.db, { action: "export", actorId: manager.userId })).toEqual([]);
  });
});
