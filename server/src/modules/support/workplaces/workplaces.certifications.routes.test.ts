import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCertification, buildWorkplace } from "../../../test/factories/workplaces.ts";
import { auditEventsWhere, expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { workplaceCertifications } from "./workplaces.tables.ts";

const t = useTestApp();
let coordinator: Session;
beforeAll(async () => {
  coordinator = await t.loginAs("coordinator");
});

const today = todayInJapan();
function day(offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

const certification = {
  authority: "governor",
  authorityName: "神奈川県知事",
  number: "神地福第2001号",
  employmentTypes: ["nonEmployed"],
  validFrom: day(-30),
  validUntil: day(1000),
};

function send(
  method: "POST" | "PATCH" | "DELETE",
  url: string,
  payload?: Record<string, unknown>,
  session = coordinator,
) {
  return t.request({ method, url, session, ...(payload ? { payload } : {}) });
}

describe("certifications (認定就労訓練事業)", () => {
  it("records one, shown on the workplace as current, audited with the workplace's name and number", async () => {
    const workplace = await buildWorkplace(t.database.db, { name: "ワーカーズ 認定の店" });
    const response = await send("POST", `/api/workplaces/${workplace.id}/certifications`, certification);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      ...certification,
      workplaceId: workplace.id,
      notes: "",
      current: true,
      version: 1,
    });

    const page = await t.request({
      method: "GET",
      url: `/api/workplaces/${workplace.id}`,
      session: coordinator,
    });
    expect(page.json()).toMatchObject({
      certifiedUntil: day(1000),
      certifiedTypes: ["nonEmployed"],
      certifications: [{ id: created.id, current: true }],
    });

    const [audit] = await auditEventsWhere(t.database.db, {
      action: "create",
      entity: "workplace_certification",
      recordId: created.id,
    });
    expect(audit?.changedFields).toEqual(expect.arrayContaining(["authority", "number", "validUntil"]));
    const admin = await t.loginAs("admin");
    const trail = await t.request({
      method: "GET",
      url: `/api/audit-events?entity=workplace_certification&recordId=${created.id}`,
      session: admin,
    });
    expect(trail.statusCode, trail.body).toBe(200);
    expect(JSON.stringify(trail.json())).toContain("ワーカーズ 認定の店（神地福第2001号）");
  });

  it("refuses an end before the start (400 on validUntil) and a missing type or number", async () => {
    const workplace = await buildWorkplace(t.database.db);
    const url = `/api/workplaces/${workplace.id}/certifications`;
    const reversed = expectError(
      await send("POST", url, { ...certification, validFrom: "2026-04-01", validUntil: "2026-03-31" }),
      400,
      "VALIDATION_FAILED",
      ["body.validUntil"],
    );
    expect(reversed.fields?.[0]?.message).toBe("終了日は開始日以降の日付にしてください。");
    const missing = expectError(
      await send("POST", url, { ...certification, number: " ", employmentTypes: [] }),
      400,
      "VALIDATION_FAILED",
    );
    expect(missing.fields?.map((field) => field.path).sort()).toEqual([
      "body.employmentTypes",
      "body.number",
    ]);
    const stored = await t.database.db
      .select()
      .from(workplaceCertifications)
      .where(eq(workplaceCertifications.workplaceId, workplace.id));
    expect(stored).toEqual([]);
    expectError(
      await send(
        "POST",
        "/api/workplaces/00000000-0000-4000-8000-000000000000/certifications",
        certification,
      ),
      404,
      "NOT_FOUND",
    );
  });

  it("corrects one (version-checked) and deletes one; a renewal shows beside the lapsed one", async () => {
    const workplace = await buildWorkplace(t.database.db);
    const old = await buildCertification(t.database.db, workplace.id, {
      validFrom: day(-1100),
      validUntil: day(-1),
    });
    const renewal = await buildCertification(t.database.db, workplace.id, {
      validFrom: day(0),
      validUntil: day(1094),
    });
    const url = `/api/workplaces/${workplace.id}/certifications/${renewal.id}`;

    const page = (
      await t.request({ method: "GET", url: `/api/workplaces/${workplace.id}`, session: coordinator })
    ).json();
    expect(page.certifications.map((c: { id: string; current: boolean }) => [c.id, c.current])).toEqual([
      [renewal.id, true],
      [old.id, false],
    ]);

    const corrected = await send("PATCH", url, {
      ...certification,
      validFrom: day(0),
      validUntil: day(1094),
      version: 1,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ authority: "governor", number: "神地福第2001号", version: 2 });
    const [audit] = await auditEventsWhere(t.database.db, {
      action: "update",
      entity: "workplace_certification",
      recordId: renewal.id,
    });
    expect(audit?.changedFields?.sort()).toEqual(["authority", "authorityName", "employmentTypes", "number"]);
    expectError(
      await send("PATCH", url, { ...certification, notes: "後から", version: 1 }),
      409,
      "STALE_UPDATE",
    );
    expectError(
      await send("PATCH", url, { ...certification, validFrom: day(10), validUntil: day(9), version: 2 }),
      400,
      "VALIDATION_FAILED",
      ["body.validUntil"],
    );

    const deleted = await send("DELETE", `/api/workplaces/${workplace.id}/certifications/${old.id}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    const [removal] = await auditEventsWhere(t.database.db, {
      action: "delete",
      entity: "workplace_certification",
      recordId: old.id,
    });
    expect(removal).toBeDefined();
    expectError(
      await send("DELETE", `/api/workplaces/${workplace.id}/certifications/${old.id}`),
      404,
      "NOT_FOUND",
    );
  });

  it("answers 404 for another workplace's certification, changing nothing", async () => {
    const mine = await buildWorkplace(t.database.db);
    const theirs = await buildWorkplace(t.database.db);
    const other = await buildCertification(t.database.db, theirs.id);
    const url = `/api/workplaces/${mine.id}/certifications/${other.id}`;
    expectError(await send("PATCH", url, { ...certification, version: 1 }), 404, "NOT_FOUND");
    expectError(await send("DELETE", url), 404, "NOT_FOUND");
    const [row] = await t.database.db
      .select()
      .from(workplaceCertifications)
      .where(eq(workplaceCertifications.id, other.id));
    expect(row).toMatchObject({ number: other.number, version: 1 });
  });

  it("lets a viewer see certifications but not change them", async () => {
    const workplace = await buildWorkplace(t.database.db);
    const existing = await buildCertification(t.database.db, workplace.id);
    const viewer = await t.loginAs("viewer");
    const url = `/api/workplaces/${workplace.id}/certifications`;
    expectError(await send("POST", url, certification, viewer), 403, "FORBIDDEN");
    expectError(
      await send("PATCH", `${url}/${existing.id}`, { ...certification, version: 1 }, viewer),
      403,
      "FORBIDDEN",
    );
    expectError(await send("DELETE", `${url}/${existing.id}`, undefined, viewer), 403, "FORBIDDEN");
    const page = await t.request({ method: "GET", url: `/api/workplaces/${workplace.id}`, session: viewer });
    expect(page.json().certifications).toHaveLength(1);
  });
});
