import { randomUUID } from "node:crypto";
import type { Aggregates, AggregateTable } from "@otagai/shared/reports/aggregates";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildIntake } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildConsultation } from "../../../test/factories/consultations.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildPlacement } from "../../../test/factories/placements.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();
let viewer: Session;
let programId: string;
const fictionalName = "架空野";

/**
 * Fiscal year 2026 in a program of its own: 7 intakes of people in their 30s and 2 in their 20s (and
 * one in the year before), 6 part-time outcomes, one placement started and one still planned, and
 * at the desk 3 housing consultations in 試験区 and 6 in an area typed like a formula.
 */
beforeAll(async () => {
  viewer = await t.loginAs("viewer");
  const db = t.database.db;
  programId = (await buildProgram(db, { name: "試験の就労準備支援" })).id;
  const births = [...Array(7).fill("1990-01-01"), "2000-01-01", "2000-06-01"];
  const caseIds: string[] = [];
  for (const birthDate of births) {
    const participant = await buildParticipant(db, { birthDate, familyName: fictionalName });
    const created = await buildCase(db, programId, { participantId: participant.id });
    await buildIntake(db, created.id, { receivedOn: "2026-04-15" });
    caseIds.push(created.id);
  }
  const earlier = await buildCase(db, programId);
  await buildIntake(db, earlier.id, { receivedOn: "2026-03-31" });
  for (const caseId of caseIds.slice(0, 6)) await buildOutcome(db, caseId, { startedOn: "2026-05-01" });
  await buildPlacement(db, caseIds[0] as string, { startOn: "2026-06-10", status: "ongoing" });
  await buildPlacement(db, caseIds[1] as string, { startOn: "2026-06-10" });
  for (let index = 0; index < 3; index++)
    await buildConsultation(db, { area: "試験区", concernTopics: ["housing"] });
  for (let index = 0; index < 6; index++)
    await buildConsultation(db, { area: "=HYPERLINK(1)", concernTopics: ["job_search"] });
});

async function aggregates(query: string): Promise<Aggregates> {
  const response = await t.request({
    method: "GET",
    url: `/api/reports/aggregates${query}`,
    session: viewer,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const tableOf = (result: Aggregates, key: AggregateTable["key"]) => {
  const table = result.tables.find((candidate) => candidate.key === key);
  if (!table) throw new Error(`no table ${key}`);
  return table;
};
const cellOf = (table: AggregateTable, row: string, column: string) =>
  table.rows.find((candidate) => candidate.key === row)?.cells[
    table.columns.findIndex((candidate) => candidate.key === column)
  ];

describe("GET /api/reports/aggregates", () => {
  it("counts the fiscal year in the database and hides small cells and what gives them away", async () => {
    const result = await aggregates(`?fiscalYear=2026&programId=${programId}`);
    expect(result.period).toEqual({ from: "2026-04-01", to: "2027-03-31" });
    expect(result.threshold).toBe(5);
    expect(result.program).toEqual({ id: programId, name: "試験の就労準備支援" });
    expect(result.tables.map((table) => table.key)).toEqual([
      "intakesByAgeBand",
      "outcomesByType",
      "consultationsByTopicAndArea",
      "placementsByMonth",
    ]);
    const intakes = tableOf(result, "intakesByAgeBand");
    expect(intakes.columns.map((column) => column.label)).toContain("30代");
    expect(cellOf(intakes, programId, "20s")).toEqual({ value: null, suppressed: "primary" });
    // Shown, 7 and the total 9 would give the 2 away: the 7 is hidden as well.
    expect(cellOf(intakes, programId, "30s")).toEqual({ value: null, suppressed: "secondary" });
    expect(cellOf(intakes, programId, "40s")).toEqual({ value: 0, suppressed: null });
    expect(intakes.rows[0]?.total).toEqual({ value: 9, suppressed: null });
    expect(intakes.grandTotal).toEqual({ value: 9, suppressed: null });

    const outcomes = tableOf(result, "outcomesByType");
    expect(cellOf(outcomes, programId, "part_time")).toEqual({ value: 6, suppressed: null });
    const placements = tableOf(result, "placementsByMonth");
    expect(placements.columns).toHaveLength(12);
    expect(placements.columns[0]?.label).toBe("2026年4月");
    expect(cellOf(placements, programId, "2026-06")).toEqual({ value: null, suppressed: "primary" });
    expect(placements.grandTotal).toEqual({ value: null, suppressed: "primary" });

    const desk = tableOf(result, "consultationsByTopicAndArea");
    expect(desk.rows).toHaveLength(16);
    expect(cellOf(desk, "housing", "試験区")).toEqual({ value: null, suppressed: "primary" });
    expect(cellOf(desk, "job_search", "=HYPERLINK(1)")).toEqual({ value: null, suppressed: "secondary" });
  });

  it("names no person: no names, no ids of people, only counts and labels", async () => {
    const response = await t.request({
      method: "GET",
      url: `/api/reports/aggregates?fiscalYear=2026`,
      session: viewer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(fictionalName);
    const result: Aggregates = response.json();
    // Every program is a row; a case's or participant's id never is.
    expect(tableOf(result, "intakesByAgeBand").rows.map((row) => row.key)).toContain(programId);
    expect(result.program).toBeNull();
  });

  it("takes the threshold: under 3, the same cells are shown", async () => {
    const result = await aggregates(`?fiscalYear=2026&programId=${programId}&threshold=3`);
    const intakes = tableOf(result, "intakesByAgeBand");
    expect(cellOf(intakes, programId, "20s")).toEqual({ value: null, suppressed: "primary" });
    expect(cellOf(tableOf(result, "consultationsByTopicAndArea"), "housing", "試験区")).toEqual({
      value: 3,
      suppressed: null,
    });
    expect(cellOf(tableOf(result, "outcomesByType"), programId, "part_time")).toEqual({
      value: 6,
      suppressed: null,
    });
  });

  it("counts nothing in a year without records, and refuses a bad threshold or an unknown program", async () => {
    const empty = await aggregates(`?fiscalYear=2030&programId=${programId}`);
    expect(tableOf(empty, "intakesByAgeBand").grandTotal).toEqual({ value: 0, suppressed: null });
    for (const threshold of ["2", "51", "x"]) {
      const response = await t.request({
        method: "GET",
        url: `/api/reports/aggregates?threshold=${threshold}`,
        session: viewer,
      });
      expectError(response, 400, "VALIDATION_FAILED", ["querystring.threshold"]);
    }
    const unknown = await t.request({
      method: "GET",
      url: `/api/reports/aggregates?programId=${randomUUID()}`,
      session: viewer,
    });
    expectError(unknown, 400, "VALIDATION_FAILED", ["querystring.programId"]);
  });
});

describe("GET /api/reports/aggregates.xlsx", () => {
  it("has a sheet per table with the legend, hidden cells as ＊ and typed text made safe", async () => {
    const response = await t.request({
      method: "GET",
      url: `/api/reports/aggregates.xlsx?fiscalYear=2026&programId=${programId}`,
      session: viewer,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    expect(String(response.headers["content-disposition"])).toContain("2026.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(4);
    const rowsOf = (index: number) => {
      const rows: unknown[][] = [];
      workbook.worksheets[index]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const intakes = rowsOf(0);
    expect(intakes[0]).toEqual(["新規相談受付（事業×年齢）"]);
    expect(String(intakes[3]?.[0])).toContain("5人（件）未満");
    const header = intakes.find((row) => row[0] === "事業" && row.length > 2) as unknown[];
    expect(header[0]).toBe("事業");
    expect(header.at(-1)).toBe("合計");
    expect(intakes.find((row) => row[0] === "試験の就労準備支援")).toEqual([
      "試験の就労準備支援",
      0,
      "＊",
      "＊",
      0,
      0,
      0,
      0,
      9,
    ]);
    const desk = rowsOf(2);
    expect(desk.flat()).toContain("'=HYPERLINK(1)");
    expect(desk.flat()).not.toContain("=HYPERLINK(1)");
    expect(JSON.stringify([rowsOf(0), rowsOf(1), rowsOf(2), rowsOf(3)])).not.toContain(fictionalName);
  });
});
