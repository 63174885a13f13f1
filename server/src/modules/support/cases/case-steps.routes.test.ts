import { and, asc, eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../../platform/audit/audit.tables.ts";
import { assessmentAreasInput, threeGoals } from "../../../test/factories/case-records.ts";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { expectError } from "../../../test/http-helpers.ts";
import { type Session, useTestApp } from "../../../test/test-app.ts";

const t = useTestApp();
let programId: string;
let coordinator: Session;

beforeAll(async () => {
  programId = (await buildProgram(t.database.db)).id;
  coordinator = await t.loginAs("coordinator", { programIds: [programId] });
});

type CaseBody = {
  id: string;
  status: string;
  version: number;
  plans: { id: string; planNumber: number; goals: unknown[] }[];
  conferences: { planId: string; decision: string }[];
  evaluations: { planId: string }[];
  transitions: { fromStatus: string | null; toStatus: string; actorName: string | null }[];
  nextSteps: { to: string; missing: string[] }[];
  [key: string]: unknown;
};

function ok(response: LightMyRequestResponse, status = 200): CaseBody {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

function send(method: "POST" | "PUT" | "PATCH", url: string, payload: object) {
  return t.request({ method, url, session: coordinator, payload });
}

const intake = {
  receivedOn: "2026-04-15",
  howCame: "福祉事務所からの紹介",
  accompaniedBy: "母",
  concernTopics: ["job_search", "income", "housing"],
  pressingTopic: "job_search",
  urgency: "high",
  screeningRoute: "continuing",
  notes: "",
};
const plan = (madeOn: string) => ({ madeOn, reviewOn: "2026-12-01", agreedOn: madeOn, goals: threeGoals });

async function openCase(): Promise<CaseBody> {
  const participant = await buildParticipant(t.database.db, { createdBy: coordinator.userId });
  return ok(
    await send("POST", "/api/cases", {
      participantId: participant.id,
      programId,
      leadCoordinatorId: coordinator.userId,
      openedOn: "2026-04-15",
    }),
    201,
  );
}

describe("a case from intake to closure, through the API", () => {
  it("walks every step, back to the plan after a revision, keeping every plan version", async () => {
    let current = await openCase();
    expect(current).toMatchObject({ status: "intake", version: 1, intake: null });
    expect(current.transitions).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: "intake", actorName: expect.any(String) }),
    ]);
    expect(current.nextSteps).toContainEqual({ to: "assessment", missing: ["intake"] });
    const url = `/api/cases/${current.id}`;
    const move = async (to: string, extra: object = {}) =>
      (current = ok(await send("POST", `${url}/transitions`, { to, version: current.version, ...extra })));

    current = ok(await send("PUT", `${url}/intake`, { ...intake, version: 0 }));
    expect(current.intake).toMatchObject({
      concernTopics: intake.concernTopics,
      version: 1,
      receivedById: coordinator.userId,
    });
    expect(current.nextSteps).toContainEqual({ to: "assessment", missing: [] });
    await move("assessment");

    current = ok(
      await send("POST", `${url}/assessments`, {
        assessedOn: "2026-04-22",
        areas: assessmentAreasInput,
        summary: "",
        version: current.version,
      }),
      201,
    );
    await move("plan");
    current = ok(
      await send("POST", `${url}/plans`, { ...plan("2026-05-01"), version: current.version }),
      201,
    );
    expect(current.plans.map((p) => p.planNumber)).toEqual([1]);
    await move("conference");

    // The conference asks for a revision: back to the plan, where a NEW version is needed.
    current = ok(
      await send("POST", `${url}/conferences`, {
        heldOn: "2026-05-10",
        decision: "revise",
        version: current.version,
      }),
      201,
    );
    expect(current.nextSteps).toEqual(
      expect.arrayContaining([
        { to: "active", missing: ["approvedConference"] },
        { to: "plan", missing: [] },
      ]),
    );
    await move("plan");
    const refused = await send("POST", `${url}/transitions`, { to: "conference", version: current.version });
    expect(expectError(refused, 409, "CASE_STEP_NOT_ALLOWED").fields?.map((f) => f.code)).toEqual(["plan"]);

    current = ok(
      await send("POST", `${url}/plans`, { ...plan("2026-05-15"), version: current.version }),
      201,
    );
    expect(current.plans.map((p) => p.planNumber)).toEqual([2, 1]);
    const [plan2, plan1] = current.plans;
    await move("conference");
    current = ok(
      await send("POST", `${url}/conferences`, {
        heldOn: "2026-05-20",
        attendees: "本人、支援員",
        decision: "approved",
        version: current.version,
      }),
      201,
    );
    expect(current.conferences.map((c) => [c.planId, c.decision])).toEqual([
      [plan2?.id, "approved"],
      [plan1?.id, "revise"],
    ]);
    await move("active");
    await move("evaluation");

    // One result per goal of the current plan: two for three goals is a field error.
    const mismatch = await send("POST", `${url}/evaluations`, {
      evaluatedOn: "2026-08-01",
      goalResults: [{ result: "achieved" }, { result: "partly" }],
      version: current.version,
    });
    const body = expectError(mismatch, 400, "VALIDATION_FAILED", ["body.goalResults"]);
    expect(body.fields?.[0]?.message).toContain("3");
    current = ok(
      await send("POST", `${url}/evaluations`, {
        evaluatedOn: "2026-08-01",
        goalResults: [
          { result: "achieved" },
          { result: "partly", notes: "週1回は通えた" },
          { result: "not" },
        ],
        version: current.version,
      }),
      201,
    );
    expect(current.evaluations).toEqual([expect.objectContaining({ planId: plan2?.id })]);

    await move("closed", {
      closure: { closedOn: "2026-09-30", reason: "employed", outcomeSummary: "一般就労" },
      note: "就職のため終結",
    });
    expect(current).toMatchObject({
      status: "closed",
      closedOn: "2026-09-30",
      closure: { closedOn: "2026-09-30", reason: "employed", outcomeSummary: "一般就労" },
      nextSteps: [],
    });
    expect(current.transitions.map((line) => `${line.fromStatus}→${line.toStatus}`)).toEqual([
      "null→intake",
      "intake→assessment",
      "assessment→plan",
      "plan→conference",
      "conference→plan",
      "plan→conference",
      "conference→active",
      "active→evaluation",
      "evaluation→closed",
    ]);
    // Both plan versions stay readable on the closed case.
    const read = ok(await t.request({ method: "GET", url, session: coordinator }));
    expect(read.plans.map((p) => p.planNumber)).toEqual([2, 1]);
    expect(read.plans[1]?.goals).toEqual(threeGoals);

    // Every change is in the trail: the opening, each record, each move with its from→to.
    const trail = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "case"), eq(auditEvents.recordId, current.id)))
      .orderBy(asc(auditEvents.id));
    const changes = trail.filter((entry) => entry.action !== "read");
    expect(changes.map((entry) => [entry.action, entry.changedFields.join(",")])).toEqual([
      ["create", "participantId,programId,fundingStreamId,leadCoordinatorId,openedOn,status"],
      ["update", "intake"],
      ["transition", "intake→assessment"],
      ["update", "assessment"],
      ["transition", "assessment→plan"],
      ["update", "plan"],
      ["transition", "plan→conference"],
      ["update", "conference"],
      ["transition", "conference→plan"],
      ["update", "plan"],
      ["transition", "plan→conference"],
      ["update", "conference"],
      ["transition", "conference→active"],
      ["transition", "active→evaluation"],
      ["update", "evaluation"],
      ["transition", "evaluation→closed"],
    ]);
    expect(changes.every((entry) => entry.actorId === coordinator.userId)).toBe(true);
    expect(trail.some((entry) => entry.action === "read")).toBe(true);

    // Nothing more on a closed case.
    const late = await send("PUT", `${url}/intake`, { ...intake, version: 1 });
    expect(expectError(late, 409, "CASE_STEP_NOT_ALLOWED").message).toContain("終結した支援");
  });

  it("after an evaluation, back to the plan for a new version", async () => {
    const supportCase = await buildCase(t.database.db, programId, { status: "plan" });
    const url = `/api/cases/${supportCase.id}`;
    let current = ok(await send("POST", `${url}/plans`, { ...plan("2026-05-01"), version: 1 }), 201);
    for (const to of ["conference"])
      current = ok(await send("POST", `${url}/transitions`, { to, version: current.version }));
    current = ok(
      await send("POST", `${url}/conferences`, {
        heldOn: "2026-05-10",
        decision: "approved",
        version: current.version,
      }),
      201,
    );
    for (const to of ["active", "evaluation"])
      current = ok(await send("POST", `${url}/transitions`, { to, version: current.version }));
    current = ok(
      await send("POST", `${url}/evaluations`, {
        evaluatedOn: "2026-08-01",
        goalResults: threeGoals.map(() => ({ result: "partly" })),
        version: current.version,
      }),
      201,
    );
    current = ok(await send("POST", `${url}/transitions`, { to: "plan", version: current.version }));
    // The approval of plan 1 does not carry over: a new plan, a new conference.
    expect(current.nextSteps).toEqual([
      { to: "conference", missing: ["plan"] },
      { to: "closed", missing: [] },
    ]);
    current = ok(
      await send("POST", `${url}/plans`, { ...plan("2026-08-05"), version: current.version }),
      201,
    );
    current = ok(await send("POST", `${url}/transitions`, { to: "conference", version: current.version }));
    expect(current.nextSteps).toContainEqual({ to: "active", missing: ["approvedConference"] });
    expect(current.plans.map((p) => p.planNumber)).toEqual([2, 1]);
  });
});

describe("step records", () => {
  it("are added only at the steps that take them", async () => {
    const supportCase = await buildCase(t.database.db, programId, { status: "intake" });
    const url = `/api/cases/${supportCase.id}`;
    const attempts = [
      send("POST", `${url}/assessments`, {
        assessedOn: "2026-04-22",
        areas: assessmentAreasInput,
        version: 1,
      }),
      send("POST", `${url}/plans`, { ...plan("2026-05-01"), version: 1 }),
      send("POST", `${url}/conferences`, { heldOn: "2026-05-10", decision: "approved", version: 1 }),
      send("POST", `${url}/evaluations`, {
        evaluatedOn: "2026-08-01",
        goalResults: [{ result: "not" }],
        version: 1,
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      const body = expectError(response, 409, "CASE_STEP_NOT_ALLOWED");
      expect(body.message).toContain("いまは「相談受付」");
    }
  });

  it("check the case's version: a record added to a case that moved on is a 409", async () => {
    const supportCase = await buildCase(t.database.db, programId, { status: "assessment" });
    const url = `/api/cases/${supportCase.id}`;
    const first = ok(
      await send("POST", `${url}/assessments`, {
        assessedOn: "2026-04-22",
        areas: assessmentAreasInput,
        version: 1,
      }),
      201,
    );
    expect(first.version).toBe(2);
    const stale = await send("POST", `${url}/assessments`, {
      assessedOn: "2026-04-23",
      areas: assessmentAreasInput,
      version: 1,
    });
    expectError(stale, 409, "STALE_UPDATE");
    expectError(await send("POST", `${url}/transitions`, { to: "plan", version: 1 }), 409, "STALE_UPDATE");
  });

  it("keep the intake's own version: a second first write or an old version is a 409", async () => {
    const supportCase = await buildCase(t.database.db, programId, { status: "intake" });
    const url = `/api/cases/${supportCase.id}/intake`;
    ok(await send("PUT", url, { ...intake, version: 0 }));
    expectError(await send("PUT", url, { ...intake, version: 0 }), 409, "STALE_UPDATE");
    const corrected = ok(await send("PUT", url, { ...intake, urgency: "urgent", version: 1 }));
    expect(corrected.intake).toMatchObject({ urgency: "urgent", version: 2 });
    expectError(await send("PUT", url, { ...intake, version: 1 }), 409, "STALE_UPDATE");
    const [entry] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, supportCase.id), eq(auditEvents.action, "update")))
      .orderBy(asc(auditEvents.id))
      .offset(1);
    expect(entry?.changedFields).toEqual(["intake.urgency"]);
  });

  it("refuse a review date before the plan was made, and a pressing concern not among the concerns", async () => {
    const supportCase = await buildCase(t.database.db, programId, { status: "plan" });
    const url = `/api/cases/${supportCase.id}`;
    expectError(
      await send("POST", `${url}/plans`, { ...plan("2026-12-15"), version: 1 }),
      400,
      "VALIDATION_FAILED",
      ["body.reviewOn"],
    );
    const intakeCase = await buildCase(t.database.db, programId, { status: "intake" });
    expectError(
      await send("PUT", `/api/cases/${intakeCase.id}/intake`, {
        ...intake,
        pressingTopic: "debt",
        version: 0,
      }),
      400,
      "VALIDATION_FAILED",
      ["body.pressingTopic"],
    );
  });
});
