import { beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { caseFollowUps, caseOutcomes } from "./outcomes.tables.ts";
import { outcomeTodayKinds } from "./outcomes.today.ts";

const t = useTestApp();
const today = todayInJapan();

function day(offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

let programA: string;
let programB: string;
let coordinator: Session;
let colleague: Session;
const ids: Record<string, string> = {};
const link = (key: string) => `/support/cases/${ids[key]}`;

/**
 * A case (named `key`) with a work outcome and one follow-up due on `dueOn` (a row of its own, so
 * the due date is exactly the one the test needs).
 */
async function followUpDue(
  key: string,
  programId: string,
  lead: Session | null,
  dueOn: string,
  options: { done?: boolean; status?: string; offsetMonths?: number } = {},
) {
  const db = t.database.db;
  const participant = await buildParticipant(db, { familyName: key, givenName: "試験" });
  const row = await buildCase(db, programId, {
    participantId: participant.id,
    leadCoordinatorId: lead?.userId ?? null,
    status: options.status ?? "active",
    openedOn: day(-500),
  });
  ids[key] = row.id;
  const [outcome] = await db
    .insert(caseOutcomes)
    .values({ caseId: row.id, outcomeType: "part_time", startedOn: day(-400) })
    .returning();
  await db.insert(caseFollowUps).values({
    outcomeId: outcome?.id as string,
    offsetMonths: options.offsetMonths ?? 1,
    dueOn,
    ...(options.done ? { doneOn: dueOn, stillWorking: true } : {}),
  });
}

type TodayBody = {
  groups: {
    kind: string;
    more: boolean;
    items: { params: Record<string, string>; dueOn: string; link: string; severity: string; mine: boolean }[];
  }[];
};

async function followUpsOf(session: Session) {
  const response = await t.request({ method: "GET", url: "/api/today", session });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as TodayBody).groups.find((group) => group.kind === outcomeTodayKinds.followUpDue);
}

beforeAll(async () => {
  programA = (await buildProgram(t.database.db, { name: "定着試験事業A" })).id;
  programB = (await buildProgram(t.database.db, { name: "定着試験事業B" })).id;
  coordinator = await t.loginAs("coordinator", { programIds: [programA] });
  colleague = await t.loginAs("coordinator", { programIds: [programA] });

  await followUpDue("overdue", programA, colleague, day(-40), { offsetMonths: 3 });
  await followUpDue("dueToday", programA, colleague, today);
  await followUpDue("lastDayAhead", programA, coordinator, day(7), { offsetMonths: 6 });
  await followUpDue("tooFarAhead", programA, coordinator, day(8));
  await followUpDue("done", programA, coordinator, day(-2), { done: true });
  await followUpDue("closedCase", programA, colleague, day(-1), { status: "closed", offsetMonths: 12 });
  await followUpDue("otherProgram", programB, null, day(-1));
});

describe("retention follow-ups on the today list", () => {
  it("lists those not done, due within 7 days or overdue, closed cases included, the caller's own first", async () => {
    const group = await followUpsOf(coordinator);
    expect(group?.items.map((item) => [item.link, item.dueOn, item.severity, item.mine])).toEqual([
      [link("lastDayAhead"), day(7), "upcoming", true],
      [link("overdue"), day(-40), "overdue", false],
      [link("closedCase"), day(-1), "overdue", false],
      [link("dueToday"), today, "due", false],
    ]);
    expect(group?.items[0]?.params).toEqual({
      name: "lastDayAhead 試験",
      program: "定着試験事業A",
      months: "6",
    });
    expect(group?.more).toBe(false);
  });

  it("leaves out other programs' cases; an unlimited user sees them", async () => {
    const links = (await followUpsOf(coordinator))?.items.map((item) => item.link);
    expect(links).not.toContain(link("otherProgram"));
    const elsewhere = await t.loginAs("coordinator", { programIds: [programB] });
    expect((await followUpsOf(elsewhere))?.items.map((item) => item.link)).toEqual([link("otherProgram")]);
    const manager = await t.loginAs("manager");
    expect((await followUpsOf(manager))?.items.map((item) => item.link)).toContain(link("otherProgram"));
  });

  it("shows nothing to roles that do not read cases", async () => {
    expect(await followUpsOf(await t.loginAs("staff"))).toBeUndefined();
  });
});
