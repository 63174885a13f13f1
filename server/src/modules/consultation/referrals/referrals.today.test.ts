import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { buildAgency, buildReferral } from "../../../test/factories/referrals.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";
import { referralTodayKinds } from "./referrals.today.ts";

// A shorter staleness than the default, to show the setting is read.
const t = useTestApp({ todayReferralStaleDays: 10 });
const today = todayInJapan();

function day(offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

type Item = { params: Record<string, string>; dueOn: string; link: string; severity: string; mine: boolean };

async function itemsOf(session: Session, kind: string): Promise<Item[] | undefined> {
  const response = await t.request({ method: "GET", url: "/api/today", session });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().groups as { kind: string; items: Item[] }[]).find((group) => group.kind === kind)
    ?.items;
}

let consultant: Session;
let programA: string;
const ids: Record<string, string> = {};
beforeAll(async () => {
  consultant = await t.loginAs("consultant");
  programA = (await buildProgram(t.database.db)).id;
  const supportCase = await buildCase(t.database.db, programA);
  const source = { caseId: supportCase.id, participantId: supportCase.participantId };
  const make = async (name: string, overrides: Record<string, unknown>) =>
    (
      await buildReferral(t.database.db, source, {
        agencyId: (await buildAgency(t.database.db, { name })).id,
        ...overrides,
      })
    ).id;
  ids.stale = await make("動かない機関", {
    referredOn: day(-20),
    statusChangedOn: day(-10),
    createdBy: consultant.userId,
  });
  ids.fresh = await make("最近の機関", { referredOn: day(-9), statusChangedOn: day(-9) });
  ids.declined = await make("断られた機関", {
    referredOn: day(-30),
    statusChangedOn: day(-30),
    status: "declined",
  });
  ids.followUp = await make("確認先の機関", {
    referredOn: day(-3),
    statusChangedOn: day(-3),
    status: "accepted",
    followUpOn: day(-1),
  });
  ids.later = await make("来月の機関", {
    referredOn: day(-3),
    statusChangedOn: day(-3),
    followUpOn: day(30),
  });
});

describe("referrals on the today list", () => {
  it("shows referrals that have not moved for the set days, and follow-ups due", async () => {
    const stale = await itemsOf(consultant, referralTodayKinds.stale);
    expect(stale?.map((item) => [item.params.recipient, item.params.days, item.mine])).toEqual([
      ["動かない機関", "10", true],
    ]);
    expect(stale?.[0]?.link).toBe(`/consultation/referrals/${ids.stale}`);
    const followUps = await itemsOf(consultant, referralTodayKinds.followUpDue);
    expect(followUps?.map((item) => [item.params.recipient, item.dueOn, item.severity])).toEqual([
      ["確認先の機関", day(-1), "overdue"],
    ]);
  });

  it("keeps to the record policy, and is for those who write referrals", async () => {
    const outsider = await t.loginAs("consultant", { programIds: [(await buildProgram(t.database.db)).id] });
    expect((await itemsOf(outsider, referralTodayKinds.stale)) ?? []).toEqual([]);
    const insider = await t.loginAs("coordinator", { programIds: [programA] });
    expect((await itemsOf(insider, referralTodayKinds.stale))?.length).toBe(1);
    expect(await itemsOf(await t.loginAs("viewer"), referralTodayKinds.stale)).toBeUndefined();
  });
});
