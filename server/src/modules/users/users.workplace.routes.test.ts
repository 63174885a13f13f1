import { beforeAll, describe, expect, it } from "vitest";
import { buildWorkplace } from "../../test/factories/workplaces.ts";
import { auditEventsWhere, expectError, userRow } from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";
import { createUserVia, patchUserVia, unknownUserId } from "./users.test-support.ts";

// A partner account belongs to one partner workplace (issue 11): the portal shows that workplace only.

const t = useTestApp();
let admin: Session;
let workplaceId: string;
let otherWorkplaceId: string;

beforeAll(async () => {
  admin = await t.loginAs("admin");
  workplaceId = (await buildWorkplace(t.database.db, { name: "ワーカーズ・コレクティブ 若葉" })).id;
  otherWorkplaceId = (await buildWorkplace(t.database.db, { name: "ワーカーズ・コレクティブ 青空" })).id;
});

describe("a partner user's workplace", () => {
  it("creates a partner with its workplace, presented and named in the audit entry", async () => {
    const response = await createUserVia(t, admin, { role: "partner", workplaceId });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ role: "partner", workplaceId });
    expect((await userRow(t.database.db, created.id))?.workplaceId).toBe(workplaceId);
    const [entry] = await auditEventsWhere(t.database.db, { action: "create", recordId: created.id });
    expect(entry?.changedFields).toContain("workplaceId");

    const read = await t.request({ method: "GET", url: `/api/users/${created.id}`, session: admin });
    expect(read.json().workplaceId).toBe(workplaceId);
  });

  it("requires a workplace for a partner, in Japanese", async () => {
    const response = await createUserVia(t, admin, { role: "partner" });
    const body = expectError(response, 400, "VALIDATION_FAILED", ["body.workplaceId"]);
    expect(body.fields?.[0]?.message).toBe(
      "協力事業所のアカウントには、所属する協力事業所を選んでください。",
    );
  });

  it("refuses a workplace for any other role", async () => {
    const response = await createUserVia(t, admin, { role: "staff", workplaceId });
    const body = expectError(response, 400, "VALIDATION_FAILED", ["body.workplaceId"]);
    expect(body.fields?.[0]?.message).toBe(
      "所属する協力事業所は、協力事業所のアカウントにだけ設定できます。",
    );
  });

  it("refuses a workplace that does not exist", async () => {
    const response = await createUserVia(t, admin, { role: "partner", workplaceId: unknownUserId });
    expectError(response, 400, "VALIDATION_FAILED", ["body.workplaceId"]);
  });

  it("moves a partner to another workplace, audited; refuses taking it away", async () => {
    const created = (await createUserVia(t, admin, { role: "partner", workplaceId })).json();

    const moved = await patchUserVia(t, admin, created.id, {
      workplaceId: otherWorkplaceId,
      version: created.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ workplaceId: otherWorkplaceId, version: created.version + 1 });
    const [entry] = await auditEventsWhere(t.database.db, { action: "update", recordId: created.id });
    expect(entry?.changedFields).toEqual(["workplaceId"]);

    const emptied = await patchUserVia(t, admin, created.id, {
      workplaceId: null,
      version: created.version + 1,
    });
    expectError(emptied, 400, "VALIDATION_FAILED", ["body.workplaceId"]);
  });

  it("clears the workplace when the role changes away from partner", async () => {
    const created = (await createUserVia(t, admin, { role: "partner", workplaceId })).json();
    const response = await patchUserVia(t, admin, created.id, { role: "staff", version: created.version });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ role: "staff", workplaceId: null });
    expect((await userRow(t.database.db, created.id))?.workplaceId).toBeNull();
    const [entry] = await auditEventsWhere(t.database.db, { action: "update", recordId: created.id });
    expect(entry?.changedFields).toEqual(expect.arrayContaining(["role", "workplaceId"]));
  });

  it("requires a workplace when a user becomes a partner, and refuses one for staff", async () => {
    const created = (await createUserVia(t, admin, { role: "staff" })).json();
    expect(created.workplaceId).toBeNull();

    const without = await patchUserVia(t, admin, created.id, { role: "partner", version: created.version });
    expectError(without, 400, "VALIDATION_FAILED", ["body.workplaceId"]);
    const forStaff = await patchUserVia(t, admin, created.id, { workplaceId, version: created.version });
    expectError(forStaff, 400, "VALIDATION_FAILED", ["body.workplaceId"]);

    const withOne = await patchUserVia(t, admin, created.id, {
      role: "partner",
      workplaceId,
      version: created.version,
    });
    expect(withOne.statusCode, withOne.body).toBe(200);
    expect(withOne.json()).toMatchObject({ role: "partner", workplaceId });
  });
});
