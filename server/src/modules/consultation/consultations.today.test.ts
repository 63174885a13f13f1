import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../platform/japan-time.ts";
import { buildCase } from "../../test/factories/cases.ts";
import { buildConsultation } from "../../test/factories/consultations.ts";
import { buildProgram } from "../../test/factories/programs.ts";
import { auditEventsWhere } from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";
import { consultationTodayKinds, nextActionAheadDays } from "./consultations.today.ts";

const t = useTestApp();
const today = todayInJapan();

function day(offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

type TodayItem = {
  params: Record<string, string>;
  dueOn: string;
  link: string;
  severity: string;
  mine: boolean;
};

async function nextActionItems(session: Session): Promise<TodayItem[] | undefined> {
  const response = await t.request({ method: "GET", url: "/api/today", session });
  expect(response.statusCode, response.body).toBe(200);
  const groups = response.json().groups as { kind: string; items: TodayItem[] }[];
  return groups.find((group) => group.kind === consultationTodayKinds.nextActionDue)?.items;
}

let consultant: Session;
const ids: Record<string, string> = {};
let programB: string;
beforeAll(async () => {
  consultant = await t.loginAs("consultant");
  const due = (nextAction: string, offset: number, overrides: Record<string, unknown> = {}) =>
    buildConsultation(t.database.db, { nextAction, nextActionOn: day(offset), status: "open", ...overrides });
  ids.overdue = (await due("資料の送付", -3)).id;
  ids.mineLater = (await due("折り返しの電話", nextActionAheadDays, { consultantId: consultant.userId })).id;
  ids.today = (await due("面談の日程調整", 0)).id;
  ids.outside = (await due("来月の確認", nextActionAheadDays + 1)).id;
  ids.closed = (await due("終わった件", -1, { status: "closed" })).id;
  programB = (await buildProgram(t.database.db)).id;
  const inB = await buildCase(t.database.db, programB);
  ids.ofB = (await due("別事業の人", 1, { participantId: inB.participantId, personKind: "participant" })).id;
});

describe("consultations' next actions on the today list", () => {
  it("lists next actions due within the week or past, not closed ones, the user's own first", async () => {
    const items = await nextActionItems(consultant);
    expect(items?.map((item) => [item.params.action, item.dueOn, item.severity, item.mine])).toEqual([
      ["折り返しの電話", day(nextActionAheadDays), "upcoming", true],
      ["資料の送付", day(-3), "overdue", false],
      ["面談の日程調整", today, "due", false],
      ["別事業の人", day(1), "upcoming", false],
    ]);
    expect(items?.[0]?.link).toBe(`/consultation/consultations/${ids.mineLater}`);
    expect(items?.[0]?.params.category).toBe("就労相談");
    // The consultations it names are read, so audited.
    const [read] = await auditEventsWhere(t.database.db, { action: "read", entity: "consultation" });
    expect(read?.recordIds).toEqual(expect.arrayContaining([ids.mineLater, ids.overdue]));
  });

  it("keeps to the record policy, and is for the desk's roles only", async () => {
    const limited = await t.loginAs("consultant", { programIds: [(await buildProgram(t.database.db)).id] });
    const actions = (await nextActionItems(limited))?.map((item) => item.params.action);
    expect(actions).not.toContain("別事業の人");
    expect(actions).toContain("資料の送付");
    expect(await nextActionItems(await t.loginAs("coordinator"))).toBeUndefined();
  });
});
