import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import { beforeAll, describe, expect, it } from "vitest";
import { buildContract, buildFundingStream, buildProgram } from "../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../test/test-app.ts";

const t = useTestApp();
let manager: Session;
let coordinator: Session;
const thisYear = fiscalYearOf(new Date()) as number;

beforeAll(async () => {
  manager = await t.loginAs("manager");
  coordinator = await t.loginAs("coordinator");
});

describe("GET /api/programs", () => {
  it("lists every program with its kind, streams and the current fiscal year's contract", async () => {
    const program = await buildProgram(t.database.db, { kind: "saposute", targetGroup: "15〜49歳" });
    const stream = await buildFundingStream(t.database.db, program.id, { code: "needy", name: "生活困窮者" });
    await buildContract(t.database.db, program.id, thisYear - 1, { capacity: 9 });
    const current = await buildContract(t.database.db, program.id, thisYear, {
      capacity: 12,
      amountYen: 3_000_000,
    });
    const ended = await buildProgram(t.database.db, { active: false });

    const response = await t.request({ method: "GET", url: "/api/programs", session: coordinator });
    expect(response.statusCode, response.body).toBe(200);
    const items: { id: string; [key: string]: unknown }[] = response.json().items;
    const listed = items.find((item) => item.id === program.id);
    expect(listed).toMatchObject({
      code: program.code,
      kind: "saposute",
      targetGroup: "15〜49歳",
      active: true,
      fundingStreams: [{ id: stream.id, code: "needy", name: "生活困窮者", active: true }],
      currentContract: {
        id: current.id,
        fiscalYear: thisYear,
        capacity: 12,
        amountYen: 3_000_000,
        ...{ periodStart: fiscalYearRange(thisYear).start, periodEnd: fiscalYearRange(thisYear).end },
      },
    });
    expect(items.find((item) => item.id === ended.id)).toMatchObject({
      active: false,
      currentContract: null,
    });
  });
});

describe("GET /api/programs/:id", () => {
  it("answers the program with its streams and its contracts, newest fiscal year first", async () => {
    const program = await buildProgram(t.database.db);
    await buildContract(t.database.db, program.id, thisYear - 1);
    await buildContract(t.database.db, program.id, thisYear, { indicators: ["newIntakes", "plansMade"] });
    await buildFundingStream(t.database.db, program.id, { code: "welfare", name: "被保護者", active: false });

    const response = await t.request({
      method: "GET",
      url: `/api/programs/${program.id}`,
      session: coordinator,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.contracts.map((contract: { fiscalYear: number }) => contract.fiscalYear)).toEqual([
      thisYear,
      thisYear - 1,
    ]);
    expect(body.contracts[0]).toMatchObject({
      indicators: ["newIntakes", "plansMade"],
      termMonths: 3,
      maxTerms: 4,
    });
    expect(body.currentContract.fiscalYear).toBe(thisYear);
    expect(body.fundingStreams).toEqual([expect.objectContaining({ code: "welfare", active: false })]);
  });

  it("answers 404 for a program that does not exist", async () => {
    const response = await t.request({
      method: "GET",
      url: "/api/programs/00000000-0000-4000-8000-000000000000",
      session: coordinator,
    });
    expectError(response, 404, "NOT_FOUND");
  });
});

describe("creating and editing a program", () => {
  it("creates a program and audits it in the same transaction", async () => {
    const response = await t.request({
      method: "POST",
      url: "/api/programs",
      session: manager,
      payload: {
        code: "sagamihara-readiness",
        name: "相模原市就労準備支援事業",
        nameKana: "サガミハラシ",
        funder: "相模原市",
        kind: "readiness",
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      code: "sagamihara-readiness",
      kind: "readiness",
      targetGroup: "",
      active: true,
      version: 1,
      contracts: [],
      fundingStreams: [],
      currentContract: null,
    });
    const [entry] = await auditEventsWhere(t.database.db, { entity: "program", recordId: body.id });
    expect(entry).toMatchObject({ action: "create", actorId: manager.userId });

    const again = await t.request({
      method: "POST",
      url: "/api/programs",
      session: manager,
      payload: { code: "sagamihara-readiness", name: "別の事業", kind: "own" },
    });
    expectError(again, 409, "CONFLICT", ["body.code"]);
  });

  it("saves only what changed, with the version it was loaded at, and audits the fields", async () => {
    const program = await buildProgram(t.database.db, { name: "旧名称" });
    const response = await t.request({
      method: "PATCH",
      url: `/api/programs/${program.id}`,
      session: manager,
      payload: { name: "新名称", kind: "readiness", active: false, version: 1 },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ name: "新名称", active: false, version: 2 });
    const [entry] = await auditEventsWhere(t.database.db, { entity: "program", recordId: program.id });
    expect(entry).toMatchObject({ action: "update" });
    // kind was already "readiness": only the name and the state changed.
    expect(entry?.changedFields).toEqual(["name", "active"]);

    // A second editor still holding version 1 is told someone saved first, and nothing changes.
    const stale = await t.request({
      method: "PATCH",
      url: `/api/programs/${program.id}`,
      session: manager,
      payload: { name: "上書き", version: 1 },
    });
    expectError(stale, 409, "STALE_UPDATE");
    const read = await t.request({ method: "GET", url: `/api/programs/${program.id}`, session: manager });
    expect(read.json()).toMatchObject({ name: "新名称", version: 2 });
  });

  it("refuses a coordinator (programs.manage is the managers')", async () => {
    const program = await buildProgram(t.database.db);
    const response = await t.request({
      method: "PATCH",
      url: `/api/programs/${program.id}`,
      session: coordinator,
      payload: { name: "勝手な変更", version: 1 },
    });
    expectError(response, 403, "FORBIDDEN");
    const contract = await t.request({
      method: "POST",
      url: `/api/programs/${program.id}/contracts`,
      session: coordinator,
      payload: { fiscalYear: thisYear },
    });
    expectError(contract, 403, "FORBIDDEN");
  });
});

describe("funding streams", () => {
  it("adds, renames and deactivates a stream, each change audited", async () => {
    const program = await buildProgram(t.database.db);
    const added = await t.request({
      method: "POST",
      url: `/api/programs/${program.id}/funding-streams`,
      session: manager,
      payload: { code: "public-assistance", name: "被保護者" },
    });
    expect(added.statusCode, added.body).toBe(201);
    const stream = added.json();
    expect(stream).toMatchObject({ code: "public-assistance", name: "被保護者", active: true });

    const taken = await t.request({
      method: "POST",
      url: `/api/programs/${program.id}/funding-streams`,
      session: manager,
      payload: { code: "public-assistance", name: "重複" },
    });
    expectError(taken, 409, "CONFLICT", ["body.code"]);

    const renamed = await t.request({
      method: "PATCH",
      url: `/api/programs/${program.id}/funding-streams/${stream.id}`,
      session: manager,
      payload: { name: "被保護者（生活保護受給者）", active: false },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: "被保護者（生活保護受給者）", active: false });
    const entries = await auditEventsWhere(t.database.db, { entity: "funding_stream", recordId: stream.id });
    expect(entries.map((entry) => entry.action)).toEqual(["update", "create"]);
    expect(entries[0]?.changedFields).toEqual(["name", "active"]);
  });

  it("answers 404 for a stream named under another program", async () => {
    const program = await buildProgram(t.database.db);
    const other = await buildProgram(t.database.db);
    const stream = await buildFundingStream(t.database.db, other.id);
    const response = await t.request({
      method: "PATCH",
      url: `/api/programs/${program.id}/funding-streams/${stream.id}`,
      session: manager,
      payload: { name: "別の事業の区分" },
    });
    expectError(response, 404, "NOT_FOUND");
  });
});

describe("contracts", () => {
  it("adds a contract whose period defaults to the fiscal year, and audits it", async () => {
    const program = await buildProgram(t.database.db);
    const response = await t.request({
      method: "POST",
      url: `/api/programs/${program.id}/contracts`,
      session: manager,
      payload: {
        fiscalYear: thisYear,
        capacity: 40,
        amountYen: 18_000_000,
        indicators: ["newIntakes", "startedWork"],
        termMonths: 3,
        maxTerms: 4,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const contract = response.json();
    expect(contract).toMatchObject({
      programId: program.id,
      fiscalYear: thisYear,
      periodStart: fiscalYearRange(thisYear).start,
      periodEnd: fiscalYearRange(thisYear).end,
      capacity: 40,
      amountYen: 18_000_000,
      indicators: ["newIntakes", "startedWork"],
      version: 1,
    });
    const [entry] = await auditEventsWhere(t.database.db, { entity: "contract", recordId: contract.id });
    expect(entry).toMatchObject({ action: "create", actorId: manager.userId });
  });

  it("refuses a second contract for the same program and fiscal year, on the fiscal year", async () => {
    const program = await buildProgram(t.database.db);
    await buildContract(t.database.db, program.id, thisYear);
    const response = await t.request({
      method: "POST",
      url: `/api/programs/${program.id}/contracts`,
      session: manager,
      headers: { "accept-language": "ja" },
      payload: { fiscalYear: thisYear },
    });
    const body = expectError(response, 409, "CONFLICT", ["body.fiscalYear"]);
    expect(body.fields?.[0]?.message).toBe(
      "この事業のこの年度の委託契約はすでに登録されています。登録済みの契約を編集してください。",
    );
  });

  it("refuses a period ending before it starts, or outside the fiscal year, and bad numbers", async () => {
    const program = await buildProgram(t.database.db);
    const backwards = await t.request({
      method: "POST",
      url: `/api/programs/${program.id}/contracts`,
      session: manager,
      payload: { fiscalYear: 2026, periodStart: "2026-10-01", periodEnd: "2026-06-30" },
    });
    expectError(backwards, 400, "VALIDATION_FAILED", ["body.periodEnd"]);
    const outside = await t.request({
      method: "POST",
      url: `/api/programs/${program.id}/contracts`,
      session: manager,
      payload: { fiscalYear: 2026, periodStart: "2026-03-31" },
    });
    expectError(outside, 400, "VALIDATION_FAILED", ["body.periodStart"]);
    const numbers = await t.request({
      method: "POST",
      url: `/api/programs/${program.id}/contracts`,
      session: manager,
      payload: { fiscalYear: 2026, capacity: -1, amountYen: -5, termMonths: 0, maxTerms: 13 },
    });
    expectError(numbers, 400, "VALIDATION_FAILED", [
      "body.capacity",
      "body.amountYen",
      "body.termMonths",
      "body.maxTerms",
    ]);
  });

  it("edits a contract (version-checked), checking the period as it would be stored", async () => {
    const program = await buildProgram(t.database.db);
    const contract = await buildContract(t.database.db, program.id, 2026);
    const edited = await t.request({
      method: "PATCH",
      url: `/api/contracts/${contract.id}`,
      session: manager,
      payload: { periodStart: "2026-07-01", capacity: 25, notes: "7月開始", version: contract.version },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      periodStart: "2026-07-01",
      periodEnd: "2027-03-31",
      capacity: 25,
      notes: "7月開始",
      version: 2,
    });
    const [entry] = await auditEventsWhere(t.database.db, { entity: "contract", recordId: contract.id });
    expect(entry?.changedFields).toEqual(["periodStart", "capacity", "notes"]);

    // An end before the stored start: the field error names the end.
    const backwards = await t.request({
      method: "PATCH",
      url: `/api/contracts/${contract.id}`,
      session: manager,
      payload: { periodEnd: "2026-06-30", version: 2 },
    });
    expectError(backwards, 400, "VALIDATION_FAILED", ["body.periodEnd"]);

    const stale = await t.request({
      method: "PATCH",
      url: `/api/contracts/${contract.id}`,
      session: manager,
      payload: { capacity: 99, version: 1 },
    });
    expectError(stale, 409, "STALE_UPDATE");
  });
});
