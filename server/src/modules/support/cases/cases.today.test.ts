import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../../platform/audit/audit.tables.ts";
import { flushAuditQueue } from "../../../platform/audit/audit.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import type { Session } from "../../../test/test-app.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { caseAssessments, caseConferences, caseIntakes, cases, supportPlans } from "./cases.tables.ts";
import { caseTodayKinds } from "./cases.today.ts";

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

/** A case in `programId` at `status`, led by `lead`, named by `key` in `ids`. */
async function caseAt(
  key: string,
  programId: string,
  status: string,
  lead: Session | null,
  familyName = key,
): Promise<string> {
  const participant = await buildParticipant(t.database.db, { familyName, givenName: "試験" });
  const row = await buildCase(t.database.db, programId, {
    participantId: participant.id,
    status,
    leadCoordinatorId: lead?.userId ?? null,
    openedOn: day(-200),
  });
  ids[key] = row.id;
  return row.id;
}

async function plan(caseId: string, planNumber: number, values: { madeOn?: string; reviewOn: string }) {
  const [row] = await t.database.db
    .insert(supportPlans)
    .values({ caseId, planNumber, madeOn: values.madeOn ?? day(-100), reviewOn: values.reviewOn, goals: [] })
    .returning();
  return row?.id as string;
}

async function intake(caseId: string, receivedOn: string) {
  await t.database.db
    .insert(caseIntakes)
    .values({ caseId, receivedOn, urgency: "medium", screeningRoute: "continuing" });
}

async function todayOf(session: Session) {
  const response = await t.request({ method: "GET", url: "/api/today", session });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    today: string;
    groups: {
      kind: string;
      more: boolean;
      items: {
        params: Record<string, string>;
        dueOn: string | null;
        link: string;
        severity: string;
        mine: boolean;
      }[];
    }[];
  };
}

function linksOf(body: Awaited<ReturnType<typeof todayOf>>, kind: string): string[] {
  return body.groups.find((group) => group.kind === kind)?.items.map((item) => item.link) ?? [];
}

const link = (key: string) => `/support/cases/${ids[key]}`;

beforeAll(async () => {
  const db = t.database.db;
  programA = (await buildProgram(db, { name: "今日試験事業A" })).id;
  programB = (await buildProgram(db, { name: "今日試験事業B" })).id;
  coordinator = await t.loginAs("coordinator", { programIds: [programA] });
  colleague = await t.loginAs("coordinator", { programIds: [programA] });

  // Plans: the latest plan of an open case, due within a week or overdue.
  await plan(await caseAt("planOverdue", programA, "active", colleague), 1, { reviewOn: day(-3) });
  const soon = await caseAt("planSoonMine", programA, "active", coordinator, "山本");
  await plan(soon, 1, { reviewOn: day(-100) });
  await plan(soon, 2, { reviewOn: day(5) });
  await plan(await caseAt("planLater", programA, "active", coordinator), 1, { reviewOn: day(30) });
  await plan(await caseAt("planClosed", programA, "closed", coordinator), 1, { reviewOn: day(-10) });
  const replaced = await caseAt("planReplaced", programA, "active", coordinator);
  await plan(replaced, 1, { reviewOn: day(-10) });
  await plan(replaced, 2, { reviewOn: day(40) });
  await plan(await caseAt("planOtherProgram", programB, "active", null), 1, { reviewOn: day(-1) });

  // Conferences: at the conference step, the latest plan without one.
  await plan(await caseAt("conferenceWaiting", programA, "conference", colleague), 1, {
    madeOn: day(-11),
    reviewOn: day(80),
  });
  const held = await caseAt("conferenceHeld", programA, "conference", coordinator);
  const heldPlan = await plan(held, 1, { madeOn: day(-20), reviewOn: day(80) });
  await db
    .insert(caseConferences)
    .values({ caseId: held, planId: heldPlan, heldOn: day(-2), decision: "approved" });
  const revised = await caseAt("conferenceRevised", programA, "conference", coordinator);
  const firstPlan = await plan(revised, 1, { madeOn: day(-40), reviewOn: day(50) });
  await db
    .insert(caseConferences)
    .values({ caseId: revised, planId: firstPlan, heldOn: day(-30), decision: "revise" });
  await plan(revised, 2, { madeOn: day(-4), reviewOn: day(90) });

  // Intakes: received 14 days ago or earlier (the default), with no assessment yet.
  await intake(await caseAt("intakeOld", programA, "intake", coordinator), day(-20));
  await intake(await caseAt("intakeExactly", programA, "intake", colleague), day(-14));
  await intake(await caseAt("intakeRecent", programA, "intake", coordinator), day(-5));
  const assessed = await caseAt("intakeAssessed", programA, "assessment", coordinator);
  await intake(assessed, day(-30));
  await db.insert(caseAssessments).values({ caseId: assessed, assessedOn: day(-25), areas: {} });
  await intake(await caseAt("intakeClosed", programA, "closed", coordinator), day(-60));
});

describe("the support area's part of the today list", () => {
  it("lists plans due for review within a week or overdue (the latest plan, open cases), the caller's own first", async () => {
    const body = await todayOf(coordinator);
    expect(body.today).toBe(today);
    expect(body.groups.map((group) => group.kind)).toEqual([
      caseTodayKinds.planReview,
      caseTodayKinds.conferenceWaiting,
      caseTodayKinds.assessmentMissing,
    ]);
    const plans = body.groups[0];
    expect(plans?.items).toEqual([
      {
        kind: caseTodayKinds.planReview,
        params: { name: "山本 試験", program: "今日試験事業A" },
        dueOn: day(5),
        link: link("planSoonMine"),
        severity: "upcoming",
        mine: true,
      },
      {
        kind: caseTodayKinds.planReview,
        params: { name: "planOverdue 試験", program: "今日試験事業A" },
        dueOn: day(-3),
        link: link("planOverdue"),
        severity: "overdue",
        mine: false,
      },
    ]);
    expect(plans?.more).toBe(false);
  });

  it("keeps the latest plan's review date on the case however plans are written (the trigger of migration 0021)", async () => {
    const db = t.database.db;
    const ownProgram = (await buildProgram(db, { name: "今日試験事業C" })).id;
    const caseId = await caseAt("planTrigger", ownProgram, "active", null);
    const reviewOnOfCase = async () =>
      (await db.select({ on: cases.planReviewOn }).from(cases).where(eq(cases.id, caseId)))[0]?.on;
    expect(await reviewOnOfCase()).toBeNull();
    // Two plans in one statement, the newer first: the highest plan number wins, not the last row.
    await db.insert(supportPlans).values([
      { caseId, planNumber: 2, madeOn: day(-10), reviewOn: day(20), goals: [] },
      { caseId, planNumber: 1, madeOn: day(-50), reviewOn: day(-30), goals: [] },
    ]);
    expect(await reviewOnOfCase()).toBe(day(20));
    // A correction of the latest plan's date by hand follows too; an older plan's does not count.
    await db
      .update(supportPlans)
      .set({ reviewOn: day(3) })
      .where(and(eq(supportPlans.caseId, caseId), eq(supportPlans.planNumber, 2)));
    await db
      .update(supportPlans)
      .set({ reviewOn: day(-60) })
      .where(and(eq(supportPlans.caseId, caseId), eq(supportPlans.planNumber, 1)));
    expect(await reviewOnOfCase()).toBe(day(3));
  });

  it("lists cases at the conference step whose latest plan has no conference yet", async () => {
    const body = await todayOf(coordinator);
    expect(linksOf(body, caseTodayKinds.conferenceWaiting)).toEqual([
      link("conferenceRevised"),
      link("conferenceWaiting"),
    ]);
    const waiting = body.groups[1]?.items.find((item) => item.link === link("conferenceWaiting"));
    expect(waiting).toMatchObject({ dueOn: null, mine: false, params: { days: "11" } });
  });

  it("lists intakes without an assessment 14 days on (TODAY_INTAKE_ASSESSMENT_DAYS), due the day the assessment was", async () => {
    const body = await todayOf(coordinator);
    const group = body.groups[2];
    expect(group?.items.map((item) => [item.link, item.dueOn, item.severity, item.params.days])).toEqual([
      [link("intakeOld"), day(-6), "overdue", "20"],
      [link("intakeExactly"), today, "due", "14"],
    ]);
  });

  it("shows only the cases of the caller's programs; an unlimited user sees every program's", async () => {
    const mine = await todayOf(coordinator);
    expect(linksOf(mine, caseTodayKinds.planReview)).not.toContain(link("planOtherProgram"));
    const manager = await t.loginAs("manager");
    expect(linksOf(await todayOf(manager), caseTodayKinds.planReview)).toContain(link("planOtherProgram"));
    const elsewhere = await t.loginAs("coordinator", { programIds: [programB] });
    expect(linksOf(await todayOf(elsewhere), caseTodayKinds.planReview)).toEqual([link("planOtherProgram")]);
    expect((await todayOf(elsewhere)).groups.map((group) => group.kind)).toEqual([caseTodayKinds.planReview]);
  });

  it("records the read of every case it names", async () => {
    const session = await t.loginAs("coordinator", { programIds: [programA] });
    const body = await todayOf(session);
    await flushAuditQueue(t.database.db);
    const [entry] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, session.userId), eq(auditEvents.action, "read")))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    const shown = body.groups.flatMap((group) => group.items.map((item) => item.link.split("/").pop()));
    expect(entry?.entity).toBe("case");
    expect([...(entry?.recordIds ?? [])].sort()).toEqual([...shown].sort());
  });

  it("asks nothing of roles that do not read cases, and records no read", async () => {
    const staff = await t.loginAs("staff");
    expect((await todayOf(staff)).groups).toEqual([]);
    await flushAuditQueue(t.database.db);
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, staff.userId), eq(auditEvents.action, "read")));
    expect(reads).toEqual([]);
  });

  it("shows the first 20 of a kind and says there are more", async () => {
    const crowded = (await buildProgram(t.database.db, { name: "今日試験事業C" })).id;
    for (let index = 0; index < 21; index += 1) {
      await plan(await caseAt(`crowd${index}`, crowded, "active", null), 1, { reviewOn: day(-30 + index) });
    }
    const session = await t.loginAs("coordinator", { programIds: [crowded] });
    const [plans] = (await todayOf(session)).groups;
    expect(plans?.items).toHaveLength(20);
    expect(plans?.more).toBe(true);
    expect(plans?.items[0]?.link).toBe(link("crowd0"));
    await t.database.db.update(cases).set({ status: "closed" }).where(eq(cases.programId, crowded));
    expect((await todayOf(session)).groups).toEqual([]);
  });
});
