import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../platform/audit/audit.tables.ts";
import { buildUser } from "../../test/factories.ts";
import { auditEventsWhere, countRows, expectError, loginWith, userRow } from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";
import { insertPrograms } from "../programs/programs.repository.ts";
import { users } from "./users.tables.ts";
import {
  createUserVia,
  newUserPassword,
  patchUserVia,
  unknownUserId,
  userActionVia,
} from "./users.test-support.ts";

const t = useTestApp();
let admin: Session;
beforeAll(async () => {
  admin = await t.loginAs("admin");
});

async function findByEmail(email: string) {
  const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
  return row;
}

describe("POST /api/users", () => {
  it("creates a user (201) that can log in", async () => {
    const response = await createUserVia(t, admin, {
      email: "Ishii.Ayaka@Test.Otagai.Example",
      displayName: "石井 彩花",
      role: "consultant",
      locale: "en",
    });

    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      email: "ishii.ayaka@test.otagai.example",
      displayName: "石井 彩花",
      displayNameKana: "いしい あやか",
      role: "consultant",
      status: "active",
      locale: "en",
      programIds: [],
      lastLoginAt: null,
      lockedUntil: null,
      version: 1,
    });
    expect(Object.keys(created)).not.toContain("passwordHash");
    expect((await userRow(t.database.db, created.id))?.passwordHash).toMatch(/^\$argon2id\$/);
    await loginWith(t, "ishii.ayaka@test.otagai.example", newUserPassword);
  });

  it("records the creation with the changed field names and never the password", async () => {
    const response = await createUserVia(t, admin);
    const created = response.json();
    const [entry] = await auditEventsWhere(t.database.db, { action: "create", recordId: created.id });

    expect(entry).toMatchObject({ entity: "user", actorId: admin.userId, actorEmail: admin.email });
    expect(entry?.changedFields).toEqual(
      expect.arrayContaining(["email", "displayName", "role", "password"]),
    );
    const stored = JSON.stringify(entry);
    expect(stored).not.toContain(newUserPassword);
    expect(stored).not.toContain("$argon2id$");
  });

  it("refuses an e-mail address already taken in any letter case with 409 EMAIL_TAKEN", async () => {
    const existing = await buildUser(t.database.db, { email: "sato.kenji@test.otagai.example" });
    const usersBefore = await countRows(t.database.db, users);

    const response = await createUserVia(t, admin, { email: "Sato.Kenji@TEST.otagai.example" });

    const body = expectError(response, 409, "EMAIL_TAKEN", ["body.email"]);
    // The field says why, as the banner does, not a generic "invalid".
    expect(body.fields?.[0]?.message).toBe("このメールアドレスはすでに登録されています。");
    expect(await countRows(t.database.db, users)).toBe(usersBefore);
    expect((await userRow(t.database.db, existing.id))?.displayName).toBe(existing.displayName);
  });

  it("refuses a weak password with 400 PASSWORD_POLICY and writes nothing", async () => {
    const usersBefore = await countRows(t.database.db, users);
    const auditBefore = await countRows(t.database.db, auditEvents);

    const response = await createUserVia(t, admin, {
      email: "weak.pw@test.otagai.example",
      password: "password1234",
    });

    expectError(response, 400, "PASSWORD_POLICY", ["body.password"]);
    expect(await countRows(t.database.db, users)).toBe(usersBefore);
    expect(await countRows(t.database.db, auditEvents)).toBe(auditBefore);
  });

  it("refuses a password built from the person's name or its kana, as the change-password form does", async () => {
    const person = { displayName: "Adaeze Okonkwo", displayNameKana: "あだえぜ おこんくぉ" };
    for (const password of ["AdaezeOkonkwo2026", "おこんくぉあだえぜ2026"]) {
      const response = await createUserVia(t, admin, { ...person, password });
      expectError(response, 400, "PASSWORD_POLICY", ["body.password"]);
      // Strong enough for someone else: it is the name that makes it weak.
      expect((await createUserVia(t, admin, { password })).statusCode, password).toBe(201);
    }
  });

  it("refuses an unknown program with 400 and writes nothing", async () => {
    const auditBefore = await countRows(t.database.db, auditEvents);

    const response = await createUserVia(t, admin, {
      email: "no.program@test.otagai.example",
      programIds: [unknownUserId],
    });

    expectError(response, 400, "VALIDATION_FAILED", ["body.programIds"]);
    expect(await findByEmail("no.program@test.otagai.example")).toBeUndefined();
    expect(await countRows(t.database.db, auditEvents)).toBe(auditBefore);
  });

  it("refuses malformed input with the fields at fault", async () => {
    const response = await createUserVia(t, admin, {
      email: "not-an-address",
      displayName: "",
      role: "boss" as "staff",
    });
    const body = expectError(response, 400, "VALIDATION_FAILED");
    expect(body.fields?.map((field) => field.path).sort()).toEqual([
      "body.displayName",
      "body.email",
      "body.role",
    ]);
  });
});

describe("program limits", () => {
  it("saves the programs chosen from GET /api/programs and reads them back", async () => {
    await insertPrograms(t.database.db, [
      {
        code: "test-readiness",
        name: "試験就労準備支援事業",
        nameKana: "しけんしゅうろうじゅんび",
        funder: "試験市",
      },
      {
        code: "test-training",
        name: "試験認定訓練事業",
        nameKana: "しけんにんていくんれん",
        funder: "試験市",
      },
      { code: "test-own", name: "試験自主事業", nameKana: "しけんじしゅ", funder: "協会" },
    ]);
    const list = await t.request({ method: "GET", url: "/api/programs", session: admin });
    expect(list.statusCode).toBe(200);
    const programs: { id: string; code: string }[] = list.json().items;
    expect(programs.map((program) => program.code)).toEqual(["test-own", "test-readiness", "test-training"]);
    const chosen = programs.filter((program) => program.code !== "test-own").map((program) => program.id);

    const response = await createUserVia(t, admin, { role: "coordinator", programIds: chosen });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id;
    expect(response.json().programIds).toEqual([...chosen].sort());

    const read = await t.request({ method: "GET", url: `/api/users/${id}`, session: admin });
    expect(read.json().programIds).toEqual([...chosen].sort());
    const session = await loginWith(t, response.json().email, newUserPassword);
    const state = await t.request({ method: "GET", url: "/api/auth/session", session });
    expect([...state.json().user.programIds].sort()).toEqual([...chosen].sort());
  });

  it("saves a program listed twice once", async () => {
    const [program] = (await t.request({ method: "GET", url: "/api/programs", session: admin })).json().items;
    const response = await createUserVia(t, admin, { programIds: [program.id, program.id] });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().programIds).toEqual([program.id]);
  });
});

describe("GET /api/users/:id", () => {
  it("answers one user and records the read", async () => {
    const user = await buildUser(t.database.db, { displayName: "松本 翔" });
    const response = await t.request({ method: "GET", url: `/api/users/${user.id}`, session: admin });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: user.id,
      email: user.email,
      displayName: "松本 翔",
      version: 1,
    });

    const [entry] = await auditEventsWhere(t.database.db, { action: "read", recordId: user.id });
    expect(entry).toMatchObject({ entity: "user", actorId: admin.userId });
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expectError(
      await t.request({ method: "GET", url: `/api/users/${unknownUserId}`, session: admin }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await t.request({ method: "GET", url: "/api/users/not-a-uuid", session: admin }),
      400,
      "VALIDATION_FAILED",
      ["params.id"],
    );
  });
});

describe("permissions", () => {
  it("lets a manager list and read users but not change them", async () => {
    const manager = await t.loginAs("manager");
    const target = await buildUser(t.database.db);
    expect((await t.request({ method: "GET", url: "/api/users", session: manager })).statusCode).toBe(200);
    expect(
      (await t.request({ method: "GET", url: `/api/users/${target.id}`, session: manager })).statusCode,
    ).toBe(200);

    const usersBefore = await countRows(t.database.db, users);
    expectError(await createUserVia(t, manager), 403, "FORBIDDEN");
    // Refused before validation: a caller without permission learns nothing about the input rules.
    expectError(
      await t.request({ method: "POST", url: "/api/users", session: manager, payload: {} }),
      403,
      "FORBIDDEN",
    );
    expectError(
      await patchUserVia(t, manager, target.id, { displayName: "変更", version: 1 }),
      403,
      "FORBIDDEN",
    );
    expectError(await userActionVia(t, manager, target.id, "disable"), 403, "FORBIDDEN");
    expectError(await userActionVia(t, manager, target.id, "enable"), 403, "FORBIDDEN");
    expectError(
      await userActionVia(t, manager, target.id, "password", { newPassword: "brand-new-secret-77" }),
      403,
      "FORBIDDEN",
    );

    expect(await countRows(t.database.db, users)).toBe(usersBefore);
    expect(await userRow(t.database.db, target.id)).toMatchObject({
      displayName: target.displayName,
      status: "active",
      version: 1,
    });
  });

  it("refuses staff even the list", async () => {
    const staff = await t.loginAs("staff");
    expectError(await t.request({ method: "GET", url: "/api/users", session: staff }), 403, "FORBIDDEN");
  });

  it("refuses anonymous callers with 401", async () => {
    expectError(await t.request({ method: "GET", url: "/api/users" }), 401, "UNAUTHENTICATED");
  });
});
