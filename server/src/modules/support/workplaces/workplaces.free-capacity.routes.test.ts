import type { WorkplaceSummary } from "@otagai/shared/support/workplaces";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildPlacement } from "../../../test/factories/placements.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildWorkplace } from "../../../test/factories/workplaces.ts";
import { addDays } from "../../../test/scale/dates.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { partnerWorkplaces } from "./workplaces.tables.ts";

// Places free today (issue 11): the capacity less the planned or ongoing placements whose period
// holds today in Japan, computed by the list's one query, and a filter on it.

const t = useTestApp();
const today = todayInJapan();
let coordinator: Session;
let full: string;
let oneFree: string;
let allFree: string;

beforeAll(async () => {
  coordinator = await t.loginAs("coordinator");
  const program = (await buildProgram(t.database.db)).id;
  const kana = "ワーカーズコレクティブ アキ";
  const workplace = (name: string, traineeCapacity: number) =>
    buildWorkplace(t.database.db, { name, nameKana: kana, traineeCapacity });
  full = (await workplace("空き試験 満員", 2)).id;
  oneFree = (await workplace("空き試験 一つ空き", 2)).id;
  allFree = (await workplace("空き試験 全部空き", 2)).id;
  const place = async (workplaceId: string, status: string, startOn: string, endOn: string) => {
    const supportCase = await buildCase(t.database.db, program, { status: "active" });
    await buildPlacement(t.database.db, supportCase.id, { workplaceId, status, startOn, endOn });
  };
  // Full: one ongoing and one planned placement, both holding today.
  await place(full, "ongoing", addDays(today, -30), addDays(today, 60));
  await place(full, "planned", today, addDays(today, 90));
  // One free: one ongoing holding today; the rest do not count (finished, ended early, not started yet,
  // over already).
  await place(oneFree, "ongoing", addDays(today, -10), today);
  await place(oneFree, "completed", addDays(today, -20), addDays(today, 20));
  await place(oneFree, "ended_early", addDays(today, -20), addDays(today, 20));
  await place(oneFree, "planned", addDays(today, 1), addDays(today, 90));
  await place(oneFree, "ongoing", addDays(today, -90), addDays(today, -1));
});

async function list(query: Record<string, string> = {}): Promise<WorkplaceSummary[]> {
  const response = await t.request({
    method: "GET",
    url: `/api/workplaces?${new URLSearchParams({ q: "空き試験", pageSize: "200", ...query }).toString()}`,
    session: coordinator,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}

const freeById = (items: WorkplaceSummary[]) =>
  Object.fromEntries(items.map((item) => [item.id, item.freeCapacity]));

describe("places free today", () => {
  it("shows each workplace's free places in the list", async () => {
    expect(freeById(await list())).toEqual({ [full]: 0, [oneFree]: 1, [allFree]: 2 });
  });

  it("filters to the workplaces with a free place, or to the full ones", async () => {
    expect(freeById(await list({ freeCapacity: "true" }))).toEqual({ [oneFree]: 1, [allFree]: 2 });
    expect(freeById(await list({ freeCapacity: "false" }))).toEqual({ [full]: 0 });
  });

  it("never counts below zero, and shows the free places on the workplace's page", async () => {
    // Capacity lowered below the placements holding today.
    await t.database.db
      .update(partnerWorkplaces)
      .set({ traineeCapacity: 1 })
      .where(eq(partnerWorkplaces.id, full));
    expect(freeById(await list())[full]).toBe(0);
    const page = await t.request({ method: "GET", url: `/api/workplaces/${oneFree}`, session: coordinator });
    expect(page.json()).toMatchObject({ traineeCapacity: 2, freeCapacity: 1 });
  });

  it("refuses a value other than true or false", async () => {
    const response = await t.request({
      method: "GET",
      url: "/api/workplaces?freeCapacity=yes",
      session: coordinator,
    });
    expect(response.statusCode).toBe(400);
  });
});
