import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorkplace } from "../../../test/factories/workplaces.ts";
import { expectError } from "../../../test/http-helpers.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { memberOrganizations } from "../../network/members/members.tables.ts";
import { partnerWorkplaces } from "./workplaces.tables.ts";

const t = useTestApp();
let coordinator: Session;
beforeAll(async () => {
  coordinator = await t.loginAs("coordinator");
});

// One organization, two roles (ADR 021): the member record owns the identity, the workplace mirrors it.
async function linkedWorkplace() {
  const [member] = await t.database.db
    .insert(memberOrganizations)
    .values({
      name: "ワーカーズ・コレクティブ 菜の花",
      nameKana: "ワーカーズコレクティブ ナノハナ",
      searchKey: "わーかーずこれくてぃぶなのはな",
      readingKey: "わーかーずこれくてぃぶなのはな",
      kind: "workers_collective",
      joinedOn: "2001-04-01",
      postalCode: "228-0001",
      address: "座間市相模が丘1-1-1",
      area: "座間市",
    })
    .returning();
  if (!member) throw new Error("no member");
  const workplace = await buildWorkplace(t.database.db, {
    name: member.name,
    nameKana: member.nameKana,
    memberOrganizationId: member.id,
  });
  return { member, workplace };
}

describe("a workplace that is also a member organization", () => {
  it("refuses a change of its name or address on the workplace, with the field and why", async () => {
    const { workplace } = await linkedWorkplace();
    const response = await t.request({
      method: "PATCH",
      url: `/api/workplaces/${workplace.id}`,
      session: coordinator,
      payload: { name: "別の名前", address: "横浜市", version: workplace.version },
    });
    const error = expectError(response, 400, "VALIDATION_FAILED");
    expect(error.fields?.map((field) => field.path).sort()).toEqual(["body.address", "body.name"]);
    expect(error.fields?.[0]?.message).toContain("参加団体の画面で変更してください");
  });

  it("still edits its own role's fields (capacity, kinds of work)", async () => {
    const { workplace } = await linkedWorkplace();
    const response = await t.request({
      method: "PATCH",
      url: `/api/workplaces/${workplace.id}`,
      session: coordinator,
      payload: { traineeCapacity: 5, version: workplace.version },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ traineeCapacity: 5 });
  });

  it("follows the member organization's name and address when they change (one record, never a copy)", async () => {
    const { member, workplace } = await linkedWorkplace();
    await t.database.db
      .update(memberOrganizations)
      .set({ name: "ワーカーズ・コレクティブ 菜の花座間", address: "座間市相模が丘2-2-2" })
      .where(eq(memberOrganizations.id, member.id));
    const [row] = await t.database.db
      .select()
      .from(partnerWorkplaces)
      .where(eq(partnerWorkplaces.id, workplace.id));
    expect(row).toMatchObject({
      name: "ワーカーズ・コレクティブ 菜の花座間",
      address: "座間市相模が丘2-2-2",
      version: workplace.version + 1,
    });
  });
});
