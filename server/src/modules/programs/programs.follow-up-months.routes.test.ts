import { beforeAll, describe, expect, it } from "vitest";
import { buildContract, buildProgram } from "../../test/factories/programs.ts";
import { auditEventsWhere, expectError } from "../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../test/test-app.ts";

// A contract's retention follow-up months (issue 11); null: the default table (1, 3, 6, 12).

const t = useTestApp();
let manager: Session;

beforeAll(async () => {
  manager = await t.loginAs("manager");
});

function createContract(programId: string, payload: Record<string, unknown>) {
  return t.request({
    method: "POST",
    url: `/api/programs/${programId}/contracts`,
    session: manager,
    headers: { "accept-language": "ja" },
    payload,
  });
}

describe("a contract's follow-up months", () => {
  it("defaults to none (the default table) and stores the months given in order", async () => {
    const program = await buildProgram(t.database.db);
    const plain = await createContract(program.id, { fiscalYear: 2026 });
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json().followUpMonths).toBeNull();

    const other = await buildProgram(t.database.db);
    const set = await createContract(other.id, { fiscalYear: 2026, followUpMonths: [6, 1, 2] });
    expect(set.statusCode, set.body).toBe(201);
    expect(set.json().followUpMonths).toEqual([1, 2, 6]);

    const detail = await t.request({ method: "GET", url: `/api/programs/${other.id}`, session: manager });
    expect(detail.json().contracts[0].followUpMonths).toEqual([1, 2, 6]);
  });

  it("refuses a month twice, a month outside 1–24 and an empty list", async () => {
    const program = await buildProgram(t.database.db);
    const twice = await createContract(program.id, { fiscalYear: 2026, followUpMonths: [1, 3, 3] });
    const body = expectError(twice, 400, "VALIDATION_FAILED", ["body.followUpMonths"]);
    expect(body.fields?.[0]?.message).toBe(
      "フォローアップの月は1〜24の数字を、重ならないように入力してください（例: 1, 3, 6, 12）。",
    );
    expectError(
      await createContract(program.id, { fiscalYear: 2026, followUpMonths: [0, 25] }),
      400,
      "VALIDATION_FAILED",
      ["body.followUpMonths.0", "body.followUpMonths.1"],
    );
    expectError(
      await createContract(program.id, { fiscalYear: 2026, followUpMonths: [] }),
      400,
      "VALIDATION_FAILED",
      ["body.followUpMonths"],
    );
  });

  it("sets and clears the months of a contract, audited, no change when the same in another order", async () => {
    const program = await buildProgram(t.database.db);
    const contract = await buildContract(t.database.db, program.id, 2026);
    const patch = (payload: Record<string, unknown>) =>
      t.request({ method: "PATCH", url: `/api/contracts/${contract.id}`, session: manager, payload });

    const set = await patch({ followUpMonths: [12, 1, 3], version: 1 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ followUpMonths: [1, 3, 12], version: 2 });
    const [entry] = await auditEventsWhere(t.database.db, { entity: "contract", recordId: contract.id });
    expect(entry?.changedFields).toEqual(["followUpMonths"]);

    const same = await patch({ followUpMonths: [3, 12, 1], version: 2 });
    expect(same.json().version).toBe(2);

    const cleared = await patch({ followUpMonths: null, version: 2 });
    expect(cleared.json()).toMatchObject({ followUpMonths: null, version: 3 });
  });
});
