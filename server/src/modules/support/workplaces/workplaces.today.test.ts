import { certificationReminderDays } from "@otagai/shared/support/workplaces";
import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCertification, buildWorkplace } from "../../../test/factories/workplaces.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { certificationOverdueDays, workplaceTodayKinds } from "./workplaces.today.ts";

const t = useTestApp();
const today = todayInJapan();

function day(offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

type TodayItem = {
  params: Record<string, string>;
  dueOn: string | null;
  link: string;
  severity: string;
  mine: boolean;
};

async function certificationItems(session: Session): Promise<TodayItem[] | undefined> {
  const response = await t.request({ method: "GET", url: "/api/today", session });
  expect(response.statusCode, response.body).toBe(200);
  const groups = response.json().groups as { kind: string; items: TodayItem[] }[];
  return groups.find((group) => group.kind === workplaceTodayKinds.certificationExpiring)?.items;
}

/** A workplace with one certification per end date given (offsets from today), named `name`. */
async function certified(name: string, ends: number[], status = "active") {
  const workplace = await buildWorkplace(t.database.db, { name, status });
  for (const end of ends)
    await buildCertification(t.database.db, workplace.id, {
      validFrom: day(end - 1000),
      validUntil: day(end),
    });
  return workplace.id;
}

const ids: Record<string, string> = {};
beforeAll(async () => {
  ids.atWindowEnd = await certified("窓の終わり", [certificationReminderDays]);
  ids.pastWindow = await certified("窓の外", [certificationReminderDays + 1]);
  ids.endsToday = await certified("今日まで", [0]);
  ids.lapsed = await certified("期限切れ", [-certificationOverdueDays]);
  ids.longLapsed = await certified("とうに期限切れ", [-certificationOverdueDays - 1]);
  ids.renewed = await certified("更新済み", [10, 10 + 1095]);
  ids.paused = await certified("休止中", [20], "paused");
  ids.ended = await certified("終了した事業所", [5], "ended");
});

describe("certifications on the today list", () => {
  it("lists the latest certification ending within 60 days or lapsed up to 30 days ago, the earliest first", async () => {
    const coordinator = await t.loginAs("coordinator");
    const items = await certificationItems(coordinator);
    expect(items?.map((item) => [item.params.workplace, item.dueOn, item.severity])).toEqual([
      ["期限切れ", day(-certificationOverdueDays), "overdue"],
      ["今日まで", today, "due"],
      ["休止中", day(20), "upcoming"],
      ["窓の終わり", day(certificationReminderDays), "upcoming"],
    ]);
    expect(items?.[0]).toEqual({
      kind: workplaceTodayKinds.certificationExpiring,
      params: { workplace: "期限切れ", until: day(-certificationOverdueDays) },
      dueOn: day(-certificationOverdueDays),
      link: `/support/workplaces/${ids.lapsed}`,
      severity: "overdue",
      mine: false,
    });
  });

  it("is for those who keep the workplaces' records: a viewer's list has none", async () => {
    const viewer = await t.loginAs("viewer");
    expect(await certificationItems(viewer)).toBeUndefined();
    const manager = await t.loginAs("manager");
    expect((await certificationItems(manager))?.length).toBe(4);
  });
});
