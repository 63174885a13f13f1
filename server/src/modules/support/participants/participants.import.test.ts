import { and, count, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../../platform/audit/audit.tables.ts";
import { importMappings, importUploads } from "../../../platform/import/import.tables.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildProgram, type ProgramRow } from "../../../test/factories/programs.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { cases } from "../cases/cases.tables.ts";
import {
  badRows,
  type Cell,
  cleanRow,
  headers,
  shiftJisCsvOf,
  xlsxOf,
} from "./participants.import.test-support.ts";
import { participants } from "./participants.tables.ts";

const t = useTestApp();

let programA: ProgramRow;
let programB: ProgramRow;
let ended: ProgramRow;
let coordinator: Session;

async function upload(session: Session, content: string, fileName = "名簿.xlsx") {
  return t.request({
    method: "POST",
    url: "/api/imports/participants/uploads",
    session,
    payload: { fileName, content },
  });
}

async function preview(session: Session, uploadId: string, mapping: Record<string, number | null>) {
  return t.request({
    method: "POST",
    url: "/api/imports/participants/preview",
    session,
    payload: { uploadId, mapping },
  });
}

async function confirm(session: Session, uploadId: string, mapping: Record<string, number | null>) {
  return t.request({
    method: "POST",
    url: "/api/imports/participants/confirm",
    session,
    payload: { uploadId, mapping },
  });
}

async function countOf(table: typeof participants | typeof cases) {
  const [row] = await t.database.db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

async function importEntries() {
  return t.database.db.select().from(auditEvents).where(eq(auditEvents.action, "import"));
}

beforeAll(async () => {
  programA = await buildProgram(t.database.db, { code: "yokohama-junbi", name: "横浜市就労準備支援事業" });
  programB = await buildProgram(t.database.db, { name: "川崎市就労訓練事業" });
  ended = await buildProgram(t.database.db, { active: false });
  coordinator = await t.loginAs("coordinator", { programIds: [programA.id, ended.id] });
  // Already registered, in program A.
  await buildParticipant(t.database.db, {
    familyName: "鈴木",
    givenName: "一郎",
    familyNameKana: "すずき",
    givenNameKana: "いちろう",
    birthDate: "1975-05-05",
  });
});

describe("importing participants from a spreadsheet", () => {
  it("reads a 200-row xlsx, previews each bad row's problems, and writes nothing until confirmed", async () => {
    const before = { participants: await countOf(participants), cases: await countOf(cases) };
    const { rows, expected } = badRows({ a: programA, b: programB, ended });
    const uploaded = await upload(coordinator, await xlsxOf(rows));
    expect(uploaded.statusCode).toBe(201);
    const file = uploaded.json();
    expect(file.headers).toEqual(headers);
    expect(file.rowCount).toBe(200);
    // Every column found by its header name: the first import, nothing remembered yet.
    expect(file.mapping).toEqual({
      familyName: 0,
      givenName: null,
      familyNameKana: 1,
      givenNameKana: null,
      birthDate: 2,
      gender: 3,
      phone: 4,
      email: 5,
      postalCode: 6,
      address: 7,
      referralSource: 8,
      program: 9,
    });

    const previewed = await preview(coordinator, file.uploadId, file.mapping);
    expect(previewed.statusCode).toBe(200);
    const result = previewed.json();
    expect(result.problemRowCount).toBe(expected.size);
    expect(result.validCount).toBe(200 - expected.size);
    const found = new Map<number, string[]>(
      result.problemRows.map((row: { line: number; problems: { code: string }[] }) => [
        row.line,
        row.problems.map((problem) => problem.code),
      ]),
    );
    expect(found).toEqual(expected);
    const dateProblem = result.problemRows.find((row: { line: number }) => row.line === 6).problems[0];
    expect(dateProblem).toMatchObject({
      field: "birthDate",
      message: expect.stringContaining("日付として読めません"),
    });
    expect(result.problemRows.find((row: { line: number }) => row.line === 11).problems[0].message).toContain(
      "存在しない事業",
    );
    expect(result.sampleRows).toHaveLength(20);
    expect(result.sampleRows[0].values.familyName).toBe("山田 花子");

    // Confirming anyway writes nothing at all.
    const refused = await confirm(coordinator, file.uploadId, file.mapping);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields[0].message).toContain(`${expected.size}行に問題がある`);
    expect(await countOf(participants)).toBe(before.participants);
    expect(await countOf(cases)).toBe(before.cases);
    expect(await importEntries()).toEqual([]);
  });

  it("writes all 200 rows of the fixed file at once, with one audit entry per kind of record", async () => {
    const before = await countOf(participants);
    const rows = Array.from({ length: 200 }, (_, i) => cleanRow(i, programA.code));
    const file = (await upload(coordinator, await xlsxOf(rows))).json();
    const previewed = (await preview(coordinator, file.uploadId, file.mapping)).json();
    expect(previewed.problemRowCount).toBe(0);
    const confirmed = await confirm(coordinator, file.uploadId, file.mapping);
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toEqual({ kind: "participants", created: 200 });
    expect(await countOf(participants)).toBe(before + 200);

    const [entry, caseEntry] = await importEntries();
    expect(entry).toMatchObject({ entity: "participant", actorId: coordinator.userId });
    expect(entry?.recordIds).toHaveLength(200);
    expect(JSON.parse(entry?.detail ?? "{}")).toMatchObject({
      kind: "participants",
      fileName: "名簿.xlsx",
      rows: 200,
    });
    const imported = await t.database.db
      .select()
      .from(participants)
      .where(inArray(participants.id, entry?.recordIds ?? []));
    const hanako = imported.find((row) => row.familyName === "山田" && row.givenName === "花子");
    expect(hanako).toMatchObject({
      familyNameKana: "やまだ",
      givenNameKana: "はなこ",
      birthDate: "1960-01-01",
      gender: "女性",
      postalCode: "221-0822",
      referralSource: "福祉事務所",
      createdBy: coordinator.userId,
    });
    // The three ways of writing a date all arrived as the same calendar dates.
    expect(imported.map((row) => row.birthDate).sort()).toEqual(
      rows
        .map((_, i) => new Date(Date.UTC(1960, 0, 1) + i * 86_400_000 * 37).toISOString().slice(0, 10))
        .sort(),
    );
    // Rows naming program A opened a case there, at intake, today.
    const opened = await t.database.db
      .select()
      .from(cases)
      .where(inArray(cases.id, caseEntry?.recordIds ?? []));
    expect(opened).toHaveLength(100);
    expect(opened.every((row) => row.programId === programA.id && row.status === "intake")).toBe(true);
    expect(caseEntry).toMatchObject({ entity: "case", action: "import" });

    // The upload is gone with the import: a second confirmation finds nothing to write.
    expect((await confirm(coordinator, file.uploadId, file.mapping)).statusCode).toBe(404);
  });

  it("reads a Shift-JIS CSV as well: its bad rows previewed, the fixed file written", async () => {
    const { rows, expected } = badRows({ a: programA, b: programB, ended });
    // New people, so that the rows of the xlsx test do not count as duplicates.
    const fresh = rows.map((row) => {
      const copy = [...row];
      copy[1] = String(copy[1]).replace(/^(\S+)/, "$1の");
      copy[0] = String(copy[0]).replace(/^(\S+)/, "$1野");
      return copy;
    });
    fresh[39] = rows[39] as Cell[];
    const file = (await upload(coordinator, shiftJisCsvOf(fresh), "名簿.csv")).json();
    expect(file.headers).toEqual(headers);
    const result = (await preview(coordinator, file.uploadId, file.mapping)).json();
    expect(result.problemRowCount).toBe(expected.size);
    expect(result.problemRows.map((row: { line: number }) => row.line)).toEqual(
      [...expected.keys()].sort((a, b) => a - b),
    );

    const before = await countOf(participants);
    const fixed = Array.from({ length: 200 }, (_, i) => cleanRow(i, programA.code)).map((row) => {
      const copy = [...row];
      copy[0] = String(copy[0]).replace(/^(\S+)/, "$1川");
      copy[1] = String(copy[1]).replace(/^(\S+)/, "$1かわ");
      return copy;
    });
    const fixedFile = (await upload(coordinator, shiftJisCsvOf(fixed), "名簿.csv")).json();
    expect((await preview(coordinator, fixedFile.uploadId, fixedFile.mapping)).json().problemRowCount).toBe(
      0,
    );
    const confirmed = await confirm(coordinator, fixedFile.uploadId, fixedFile.mapping);
    expect(confirmed.statusCode).toBe(201);
    expect(await countOf(participants)).toBe(before + 200);
  });

  it("rolls the whole import back when the database refuses one row during the write", async () => {
    const before = { participants: await countOf(participants), cases: await countOf(cases) };
    const entries = (await importEntries()).length;
    const rows = Array.from({ length: 200 }, (_, i) => cleanRow(i, programA.code)).map((row, i) => {
      const copy = [...row];
      copy[0] = String(copy[0]).replace(/^(\S+)/, "$1田");
      copy[1] = String(copy[1]).replace(/^(\S+)/, "$1た");
      if (i === 150) copy[0] = "落合 失敗";
      return copy;
    });
    const file = (await upload(coordinator, await xlsxOf(rows))).json();
    expect((await preview(coordinator, file.uploadId, file.mapping)).json().problemRowCount).toBe(0);
    // A real refusal by the database, after 150 rows were inserted in the same transaction.
    await t.database.withRawSession((session) =>
      session.exec("alter table participants add constraint test_refuses_one check (family_name <> '落合')"),
    );
    try {
      const failed = await confirm(coordinator, file.uploadId, file.mapping);
      expect(failed.statusCode).toBe(500);
      expect(await countOf(participants)).toBe(before.participants);
      expect(await countOf(cases)).toBe(before.cases);
      expect(await importEntries()).toHaveLength(entries);
    } finally {
      await t.database.withRawSession((session) =>
        session.exec("alter table participants drop constraint test_refuses_one"),
      );
    }
    // Nothing was lost either: the same upload imports once the cause is gone.
    expect((await confirm(coordinator, file.uploadId, file.mapping)).statusCode).toBe(201);
    expect(await countOf(participants)).toBe(before.participants + 200);
  });

  it("remembers the user's last mapping, found again by header name in a file with other columns", async () => {
    const session = await t.loginAs("coordinator", { programIds: [programA.id] });
    const row = cleanRow(0, programA.code);
    const first = (await upload(session, await xlsxOf([row]))).json();
    // The user leaves gender out and reads the reading from 氏名's neighbour.
    const chosen = { ...first.mapping, gender: null };
    expect((await preview(session, first.uploadId, chosen)).statusCode).toBe(200);
    const [saved] = await t.database.db
      .select()
      .from(importMappings)
      .where(and(eq(importMappings.userId, session.userId), eq(importMappings.kind, "participants")));
    expect(saved?.mapping).toMatchObject({ familyName: "氏名", gender: null, program: "事業" });

    // The next file has its columns in another order.
    const reordered = [...headers].reverse();
    const next = (await upload(session, await xlsxOf([[...row].reverse()], reordered))).json();
    expect(next.mapping).toMatchObject({
      familyName: 9,
      familyNameKana: 8,
      birthDate: 7,
      gender: null,
      program: 0,
    });
    // Only the newest upload of a kind is kept per user.
    const kept = await t.database.db
      .select({ n: count() })
      .from(importUploads)
      .where(eq(importUploads.userId, session.userId));
    expect(kept[0]?.n).toBe(1);
  });

  it("keeps each upload to its own user, and asks for a column for every required field", async () => {
    const file = (await upload(coordinator, await xlsxOf([cleanRow(3, programA.code)]))).json();
    const other = await t.loginAs("coordinator", { programIds: [programA.id] });
    expect((await preview(other, file.uploadId, file.mapping)).statusCode).toBe(404);
    expect((await confirm(other, file.uploadId, file.mapping)).statusCode).toBe(404);

    const missing = await preview(coordinator, file.uploadId, {
      ...file.mapping,
      familyNameKana: null,
      email: 42,
    });
    expect(missing.statusCode).toBe(400);
    expect(
      missing
        .json()
        .fields.map((field: { path: string }) => field.path)
        .sort(),
    ).toEqual(["body.mapping.email", "body.mapping.familyNameKana"]);
  });

  it("refuses an unreadable file with a message that says what to do", async () => {
    const response = await upload(
      coordinator,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).toString("base64"),
      "名簿.xls",
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0]).toMatchObject({
      path: "body.content",
      message: expect.stringContaining(".xlsx"),
    });
    // And nothing was kept of it.
    const [kept] = await t.database.db
      .select({ n: count() })
      .from(importUploads)
      .where(sql`file_name = '名簿.xls'`);
    expect(kept?.n).toBe(0);
  });
});
