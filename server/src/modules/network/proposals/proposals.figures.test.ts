import { beforeAll, describe, expect, it } from "vitest";
import { buildIntake } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildConsultation, categoryIdByCode } from "../../../test/factories/consultations.ts";
import { buildOutcome } from "../../../test/factories/outcomes.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildPlacement } from "../../../test/factories/placements.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { pdfText } from "../../../test/pdf-text.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();
let staff: Session;
let programId: string;
const person = {
  familyName: "座間野",
  givenName: "試子",
  familyNameKana: "ざまの",
  givenNameKana: "ためこ",
  phone: "046-255-0000",
  address: "神奈川県座間市相模が丘9-9-9（架空）",
};

/** Fiscal year 2026 in Japan: from 2026-04-01 00:00 to 2027-03-31 23:59 JST. */
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  staff = await t.loginAs("staff");
  const db = t.database.db;
  programId = (await buildProgram(db)).id;
  const otherProgram = (await buildProgram(db)).id;
  const zama = await buildParticipant(db, person);
  const living = await categoryIdByCode(db, "living");
  const housing = { concernTopics: ["housing"] };
  // Counted: the last minute of the last day (23:59 JST), the first minute of the first day.
  await buildConsultation(db, { ...housing, area: "座間市", consultedAt: at("2027-03-31T14:59:00Z") });
  await buildConsultation(db, {
    ...housing,
    area: "座間市",
    channel: "visit",
    consultedAt: at("2026-03-31T15:00:00Z"),
  });
  // A known participant with no area written down: the participant's address decides.
  await buildConsultation(db, {
    ...housing,
    categoryId: living,
    participantId: zama.id,
    personKind: "participant",
    question: "家賃が払えない（架空）",
    consultedAt: at("2026-06-10T01:00:00Z"),
  });
  // Not counted: the next day after the period, the minute before it, another city, another topic.
  await buildConsultation(db, { ...housing, area: "座間市", consultedAt: at("2027-03-31T15:00:00Z") });
  await buildConsultation(db, { ...housing, area: "座間市", consultedAt: at("2026-03-31T14:59:00Z") });
  await buildConsultation(db, { ...housing, area: "大和市", consultedAt: at("2026-07-01T01:00:00Z") });
  await buildConsultation(db, {
    concernTopics: ["income"],
    area: "座間市",
    consultedAt: at("2026-07-01T01:00:00Z"),
  });

  // Cases: opened on the last day (counted) and the day after (not); another program's.
  const counted = await buildCase(db, programId, { participantId: zama.id, openedOn: "2027-03-31" });
  await buildIntake(db, counted.id, { concernTopics: ["housing"] });
  await buildCase(db, programId, { participantId: zama.id, openedOn: "2027-04-01" });
  const other = await buildCase(db, otherProgram, { openedOn: "2026-04-01" });
  await buildIntake(db, other.id, { concernTopics: ["income"] });
  // Placements started (a planned one is not) and work outcomes.
  await buildPlacement(db, counted.id, { startOn: "2026-05-01", status: "ongoing" });
  await buildPlacement(db, counted.id, { startOn: "2026-06-01", status: "planned" });
  await buildOutcome(db, counted.id, { startedOn: "2027-03-31" });
  await buildOutcome(db, other.id, { startedOn: "2027-04-01" });
});

async function proposalWith(figures: Record<string, unknown>[]) {
  const created = await t.request({
    method: "POST",
    url: "/api/network/proposals",
    session: staff,
    payload: {
      title: "座間市の住まいの支援について（架空）",
      addressee: "座間市長",
      periodFrom: "2026-04-01",
      periodTo: "2027-03-31",
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  for (const figure of figures) {
    const added = await t.request({
      method: "POST",
      url: `/api/network/proposals/${id}/figures`,
      session: staff,
      payload: figure,
    });
    expect(added.statusCode, added.body).toBe(200);
  }
  return id;
}

describe("the figures backing a proposal", () => {
  it("counts live over the period in Japan time, both days included, without personal details", async () => {
    const id = await proposalWith([
      {
        label: "座間市の住まいの相談",
        measure: "consultations",
        filters: { concernTopic: "housing", area: "座間市" },
      },
      {
        label: "来所の相談",
        measure: "consultations",
        filters: { concernTopic: "housing", channel: "visit" },
      },
      { label: "生活の相談", measure: "consultations", filters: { categoryCode: "living" } },
      { label: "すべての相談", measure: "consultations", filters: {} },
      { label: "新規の支援", measure: "cases", filters: {} },
      { label: "事業の新規の支援", measure: "cases", filters: { programId } },
      {
        label: "座間市の住まいの支援",
        measure: "cases",
        filters: { area: "座間市", concernTopic: "housing" },
      },
      { label: "就労体験", measure: "placements", filters: {} },
      { label: "就労等の結果", measure: "outcomes", filters: {} },
    ]);
    const response = await t.request({ method: "GET", url: `/api/network/proposals/${id}`, session: staff });
    expect(response.statusCode, response.body).toBe(200);
    const counts = Object.fromEntries(
      (response.json().figures as { label: string; count: number }[]).map((figure) => [
        figure.label,
        figure.count,
      ]),
    );
    expect(counts).toEqual({
      座間市の住まいの相談: 3,
      来所の相談: 1,
      生活の相談: 1,
      すべての相談: 5,
      新規の支援: 2,
      事業の新規の支援: 1,
      座間市の住まいの支援: 1,
      就労体験: 1,
      就労等の結果: 1,
    });
    for (const secret of [
      person.familyName,
      person.givenName,
      person.familyNameKana,
      person.phone,
      "家賃が払えない",
    ])
      expect(response.body).not.toContain(secret);
  });

  it("filters by program, and counts again when the period changes", async () => {
    const id = await proposalWith([{ label: "この事業の新規", measure: "cases", filters: { programId } }]);
    const first = await t.request({ method: "GET", url: `/api/network/proposals/${id}`, session: staff });
    expect(first.json().figures[0].count).toBe(1);
    const moved = await t.request({
      method: "PATCH",
      url: `/api/network/proposals/${id}`,
      session: staff,
      payload: {
        version: first.json().version,
        proposal: { title: "延長", addressee: "座間市長", periodFrom: "2026-04-01", periodTo: "2027-04-01" },
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().figures[0].count).toBe(2);
  });

  it("refuses the desk's filters on a support measure, with a field error", async () => {
    const id = await proposalWith([]);
    const response = await t.request({
      method: "POST",
      url: `/api/network/proposals/${id}/figures`,
      session: staff,
      payload: { label: "x", measure: "cases", filters: { channel: "phone" } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].path).toBe("body.filters.channel");
  });

  it("prints the proposal on A4 with its figures and the period in 和暦", async () => {
    const id = await proposalWith([
      {
        label: "座間市の住まいの相談",
        measure: "consultations",
        filters: { concernTopic: "housing", area: "座間市" },
      },
    ]);
    const response = await t.request({
      method: "GET",
      url: `/api/network/proposals/${id}/print.pdf`,
      session: staff,
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const text = (await pdfText(response.rawPayload)).compact;
    for (const expected of [
      "座間市の住まいの支援について（架空）",
      "座間市長",
      "座間市の住まいの相談",
      "住まい・座間市",
      "令和8年4月1日",
      "令和9年3月31日",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain(person.familyName);
  });
});
