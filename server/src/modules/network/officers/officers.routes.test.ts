import { beforeEach, describe, expect, it } from "vitest";
import { flushAuditQueue } from "../../../platform/audit/audit.ts";
import { buildMemberOrganization } from "../../../test/factories/member-organizations.ts";
import { buildOfficer } from "../../../test/factories/officers.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { officers } from "./officers.tables.ts";

const t = useTestApp();

const term = {
  name: "試験 和子",
  nameKana: "シケン カズコ",
  role: "director",
  termStartsOn: "2026-06-20",
  termEndsOn: "2028-06-19",
};

function create(session: Session, payload: Record<string, unknown>) {
  return t.request({ method: "POST", url: "/api/network/officers", session, payload });
}

async function boardOn(session: Session, on: string) {
  const response = await t.request({ method: "GET", url: `/api/network/officers/board?on=${on}`, session });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as { name: string; role: string }[]).map(
    (item) => `${item.role}:${item.name}`,
  );
}

describe("officers and their terms", () => {
  // Each case reads whole boards and lists: it starts from no terms.
  beforeEach(async () => {
    await t.database.db.delete(officers);
  });

  it("adds a term with its member organization, audits it, and refuses a term ending before it starts", async () => {
    const staff = await t.loginAs("staff");
    const organization = await buildMemberOrganization(t.database.db, {
      name: "ワーカーズ・コレクティブ 試験",
    });
    const response = await create(staff, { ...term, memberOrganizationId: organization.id });
    expect(response.statusCode, response.body).toBe(201);
    const { officer, overlaps } = response.json();
    expect(officer).toMatchObject({
      name: "試験 和子",
      nameKana: "シケン カズコ",
      memberOrganizationName: "ワーカーズ・コレクティブ 試験",
      version: 1,
    });
    expect(overlaps).toEqual([]);
    const [audited] = await auditEventsWhere(t.database.db, { entity: "officer", recordId: officer.id });
    expect(audited?.action).toBe("create");

    const backwards = await create(staff, { ...term, termStartsOn: "2026-06-20", termEndsOn: "2026-06-19" });
    const body = expectError(backwards, 400, "VALIDATION_FAILED", ["body.termEndsOn"]);
    expect(body.fields?.[0]?.message).toContain("任期の終了日");
    expectError(await create(staff, { ...term, nameKana: "shiken" }), 400, "VALIDATION_FAILED", [
      "body.nameKana",
    ]);
    expectError(
      await create(staff, { ...term, memberOrganizationId: "00000000-0000-4000-8000-000000000000" }),
      400,
      "VALIDATION_FAILED",
      ["body.memberOrganizationId"],
    );
  });

  it("gives the board as of a day in the seed's order, then by reading", async () => {
    const db = t.database.db;
    const first = { termStartsOn: "2022-06-20", termEndsOn: "2024-06-19" };
    const second = { termStartsOn: "2024-06-20", termEndsOn: "2026-06-19" };
    await buildOfficer(db, { name: "監事 一", nameKana: "かんじ はじめ", role: "auditor", ...first });
    await buildOfficer(db, { name: "理事 乙", nameKana: "りじ おつ", role: "director", ...first });
    await buildOfficer(db, { name: "理事 甲", nameKana: "りじ こう", role: "director", ...first });
    await buildOfficer(db, { name: "理事長 旧", nameKana: "りじちょう きゅう", role: "chair", ...first });
    await buildOfficer(db, { name: "副理事長 旧", nameKana: "ふく きゅう", role: "vice_chair", ...first });
    await buildOfficer(db, {
      name: "専務 旧",
      nameKana: "せんむ きゅう",
      role: "executive_director",
      ...first,
    });
    await buildOfficer(db, { name: "理事長 新", nameKana: "りじちょう しん", role: "chair", ...second });
    await buildOfficer(db, { name: "理事 乙", nameKana: "りじ おつ", role: "director", ...second });
    await buildOfficer(db, { name: "監事 一", nameKana: "かんじ はじめ", role: "auditor", ...second });
    const viewer = await t.loginAs("viewer");
    expect(await boardOn(viewer, "2023-04-01")).toEqual([
      "chair:理事長 旧",
      "executive_director:専務 旧",
      "vice_chair:副理事長 旧",
      "director:理事 乙",
      "director:理事 甲",
      "auditor:監事 一",
    ]);
    // Both ends of a term are on the board; the day after the end is not.
    expect(await boardOn(viewer, "2024-06-19")).toHaveLength(6);
    expect(await boardOn(viewer, "2024-06-20")).toEqual([
      "chair:理事長 新",
      "director:理事 乙",
      "auditor:監事 一",
    ]);
    expect(await boardOn(viewer, "2026-06-20")).toEqual([]);
    await flushAuditQueue(db);
    const [read] = await auditEventsWhere(db, { entity: "officer", action: "read" });
    expect(read).toBeDefined();
  });

  it("warns, without refusing, when a one-seat role would have two holders on a day", async () => {
    const staff = await t.loginAs("staff");
    await buildOfficer(t.database.db, { ...term, name: "理事長 甲", role: "chair" });
    const second = await create(staff, {
      ...term,
      name: "理事長 乙",
      role: "chair",
      termStartsOn: "2028-06-19",
      termEndsOn: "2030-06-18",
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().overlaps).toEqual([
      expect.objectContaining({ name: "理事長 甲", role: "chair", termEndsOn: "2028-06-19" }),
    ]);
    // Directors have many seats: no warning.
    await buildOfficer(t.database.db, { ...term, name: "理事 甲" });
    expect((await create(staff, { ...term, name: "理事 乙" })).json().overlaps).toEqual([]);
    // Moving the new chair's start a day later clears it.
    const { officer } = second.json();
    const moved = await t.request({
      method: "PUT",
      url: `/api/network/officers/${officer.id}`,
      session: staff,
      payload: {
        officer: {
          ...term,
          name: "理事長 乙",
          role: "chair",
          termStartsOn: "2028-06-20",
          termEndsOn: "2030-06-19",
        },
        version: officer.version,
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().overlaps).toEqual([]);
  });

  it("edits with the version (409 when stale), lists by role and term, and deletes a mistaken entry", async () => {
    const staff = await t.loginAs("staff");
    const past = await buildOfficer(t.database.db, {
      name: "過去 一郎",
      nameKana: "かこ いちろう",
      termStartsOn: "2010-06-20",
      termEndsOn: "2012-06-19",
    });
    const current = await buildOfficer(t.database.db, {
      name: "現在 花子",
      nameKana: "げんざい はなこ",
      role: "auditor",
      termStartsOn: "2020-01-01",
      termEndsOn: "2199-12-31",
    });
    const url = `/api/network/officers/${current.id}`;
    const edited = await t.request({
      method: "PUT",
      url,
      session: staff,
      payload: {
        officer: {
          ...term,
          name: "現在 花子",
          nameKana: "ゲンザイ ハナコ",
          role: "auditor",
          termStartsOn: "2020-01-01",
          termEndsOn: "2199-12-31",
          notes: "再任",
        },
        version: 1,
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().officer).toMatchObject({ notes: "再任", version: 2 });
    const stale = await t.request({
      method: "PUT",
      url,
      session: staff,
      payload: { officer: { ...term, notes: "古い版" }, version: 1 },
    });
    expectError(stale, 409, "STALE_UPDATE");
    const list = async (query: string) => {
      const response = await t.request({
        method: "GET",
        url: `/api/network/officers?${query}`,
        session: staff,
      });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as { name: string }[]).map((item) => item.name);
    };
    expect(await list("term=past")).toEqual(["過去 一郎"]);
    expect(await list("term=current&role=auditor")).toEqual(["現在 花子"]);
    expect(await list("q=げんざい")).toEqual(["現在 花子"]);
    expect(await list("q=ゲンザイ")).toEqual(["現在 花子"]);
    expect(await list("q=過去")).toEqual(["過去 一郎"]);
    const got = await t.request({ method: "GET", url: `/api/network/officers/${past.id}`, session: staff });
    expect(got.json()).toMatchObject({ name: "過去 一郎", role: "director" });
    const removed = await t.request({
      method: "DELETE",
      url: `/api/network/officers/${past.id}`,
      session: staff,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await list("")).toEqual(["現在 花子"]);
    const [deleted] = await auditEventsWhere(t.database.db, { entity: "officer", action: "delete" });
    expect(deleted?.recordId).toBe(past.id);
    expectError(
      await t.request({ method: "DELETE", url: `/api/network/officers/${past.id}`, session: staff }),
      404,
      "NOT_FOUND",
    );
  });

  it("lets readers of the network read but not change; the public board has names and roles only", async () => {
    const viewer = await t.loginAs("viewer");
    expectError(await create(viewer, term), 403, "FORBIDDEN");
    const organization = await buildMemberOrganization(t.database.db);
    await buildOfficer(t.database.db, {
      name: "公開 理事長",
      role: "chair",
      termStartsOn: "2020-01-01",
      termEndsOn: "2199-12-31",
      memberOrganizationId: organization.id,
      notes: "内部のメモ",
    });
    await buildOfficer(t.database.db, {
      name: "退任 済",
      termStartsOn: "2010-01-01",
      termEndsOn: "2011-01-01",
    });
    const response = await t.request({ method: "GET", url: "/api/public/board" });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items).toEqual([{ name: "公開 理事長", role: "chair" }]);
  });
});
