import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { LightMyRequestResponse } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildContract, buildProgram } from "../../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { recordsPageSize } from "./records.xlsx.ts";

const t = useTestApp();
let contractId: string;
let programId: string;
let hostileId: string;
/** People behind the figure: more than one audit entry's 1,000. */
const crowd = 1000;
/** The hostile person's contacts: with the crowd's, more rows than one page. */
const hostileContacts = recordsPageSize + 100;

beforeAll(async () => {
  const db = t.database.db;
  const program = await buildProgram(db);
  programId = program.id;
  contractId = (await buildContract(db, programId, 2026)).id;
  const hostile = await buildParticipant(db, {
    familyName: '=HYPERLINK("http://x.example")',
    givenName: "太郎",
    familyNameKana: "あいうえお",
    givenNameKana: "たろう",
  });
  hostileId = hostile.id;
  const hostileCase = await buildCase(db, programId, { participantId: hostileId });
  await db.execute(sql`
    insert into activities (participant_id, case_id, occurred_at, type, minutes)
    select ${hostileId}::uuid, ${hostileCase.id}::uuid,
      timestamptz '2026-05-01 10:00+09' + (g || ' minutes')::interval, 'phone', 10
    from generate_series(1, ${hostileContacts}) g`);
  // The crowd: one contact each, in May (a month) and one in June for some (outside the column).
  await db.execute(sql`
    with people as (
      insert into participants (family_name, given_name, family_name_kana, given_name_kana, reading_key)
      select '試験', '群' || g, 'しけん', 'ぐん', 'しけんぐん' || lpad(g::text, 5, '0')
      from generate_series(1, ${crowd}) g returning id),
    opened as (
      insert into cases (participant_id, program_id, opened_on)
      select id, ${programId}::uuid, date '2026-04-15' from people returning id, participant_id)
    insert into activities (participant_id, case_id, occurred_at, type, minutes)
    select participant_id, id, timestamptz '2026-05-20 15:00+09', 'visit', 30 from opened`);
  // Another program's contact: never in this program's figure.
  const other = await buildProgram(db);
  const otherCase = await buildCase(db, other.id);
  await db.execute(sql`
    insert into activities (participant_id, case_id, occurred_at, type)
    values (${otherCase.participantId}::uuid, ${otherCase.id}::uuid, timestamptz '2026-05-02 10:00+09', 'phone')`);
});

const query = { kind: "yearly", indicator: "supportContacts", part: "contacts", column: "2026-05" };

function exportAs(session: Session, overrides: Record<string, string> = {}) {
  return t.request({
    method: "GET",
    url: `/api/reports/contracts/${contractId}/records.xlsx`,
    query: { ...query, ...overrides },
    session,
  });
}

async function rowsOf(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("GET /api/reports/contracts/:id/records.xlsx", () => {
  it("streams every row behind the figure, in 五十音 order, as the figure counts them", async () => {
    const manager = await t.loginAs("manager");
    const figure = await t.request({
      method: "GET",
      url: `/api/reports/contracts/${contractId}/records`,
      query,
      session: manager,
    });
    expect(figure.statusCode).toBe(200);
    expect(figure.json().figure).toBe(hostileContacts + crowd);

    const response = await exportAs(manager);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(String(response.headers["content-disposition"])).toContain("2026-05-01_2026-05-31.xlsx");
    const rows = await rowsOf(response);
    const [header, ...data] = rows;
    expect(header?.[0]).toBe("利用者");
    expect(data.length).toBe(figure.json().figure);
    // あいうえお sorts first: the hostile person's contacts, every one of them, then the crowd.
    expect(data[0]?.[0]).toBe(`'=HYPERLINK("http://x.example") 太郎`);
    expect(data[0]?.[2]).toBe("支援記録");
    expect(data[hostileContacts - 1]?.[5]).toBe(hostileId);
    expect(data[hostileContacts]?.[0]).toBe("試験 群1");
    expect(new Set(data.map((row) => row[7])).size).toBe(data.length);
    expect(data.every((row) => String(row[3]).startsWith("2026-05-"))).toBe(true);
  });

  it("neutralizes every formula-like text cell and keeps numbers as numbers", async () => {
    const rows = await rowsOf(await exportAs(await t.loginAs("admin"), { part: "minutes" }));
    const texts = rows.flat().filter((cell): cell is string => typeof cell === "string");
    expect(texts.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    expect(rows[1]?.[4]).toBe(10);
  });

  it("audits the export naming each person once, 1,000 ids per entry", async () => {
    const coordinator = await t.loginAs("coordinator", { programIds: [programId] });
    expect((await exportAs(coordinator)).statusCode).toBe(200);
    const entries = (
      await auditEventsWhere(t.database.db, {
        action: "export",
        entity: "participant",
        actorId: coordinator.userId,
      })
    ).reverse();
    expect(entries.map((entry) => entry.recordIds.length)).toEqual([1000, 1]);
    expect(entries[0]?.recordIds[0]).toBe(hostileId);
    expect(new Set(entries.flatMap((entry) => entry.recordIds)).size).toBe(crowd + 1);
  });

  it("is not found for users who may not list the program's records, and for no contract", async () => {
    const elsewhere = await t.loginAs("coordinator", {
      programIds: [(await buildProgram(t.database.db)).id],
    });
    expectError(await exportAs(elsewhere), 404, "NOT_FOUND");
    const noContract = await t.request({
      method: "GET",
      url: "/api/reports/contracts/00000000-0000-4000-8000-000000000000/records.xlsx",
      query,
      session: await t.loginAs("manager"),
    });
    expectError(noContract, 404, "NOT_FOUND");
    const audited = await auditEventsWhere(t.database.db, { action: "export", actorId: elsewhere.userId });
    expect(audited).toEqual([]);
  });

  it("refuses a column outside the report and a part of another indicator", async () => {
    const manager = await t.loginAs("manager");
    expectError(await exportAs(manager, { column: "2025-05" }), 422, "OUT_OF_PERIOD");
    expect((await exportAs(manager, { part: "intakes" })).statusCode).toBe(400);
  });
});
