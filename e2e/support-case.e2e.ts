import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiPost, collectConsoleErrors, heading, ja, loginAs, text } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";
import { todayInJapan } from "./support/dates";

const c = ja.support.cases;
const ui = c.ui;

/** An input by its label within part of the page (a required field's label ends in " *"). */
function fieldIn(scope: Page | Locator, label: string) {
  return scope.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`));
}

function group(scope: Page | Locator, name: string) {
  return scope.getByRole("group", { name, exact: true });
}

/** Opens a next step's dialog from its button. */
async function openStep(page: Page, to: keyof typeof c.moveTo) {
  await page.getByRole("button", { name: c.moveTo[to], exact: true }).click();
  const dialog = page.getByRole("dialog", { name: c.moveTo[to] });
  await dialog.waitFor();
  return dialog;
}

/** Moves the case to a step and waits for the page to say so. */
async function moveTo(page: Page, to: keyof typeof c.moveTo) {
  const dialog = await openStep(page, to);
  await dialog.getByRole("button", { name: c.moveTo[to], exact: true }).click();
  await page.getByText(text(ui.steps.moved, { to: c.statuses[to] })).waitFor();
  await dialog.waitFor({ state: "hidden" });
}

// Exactly the form's "saved" notice: the support records' own notice (支援記録を保存しました。) may still show.
async function saved(page: Page) {
  await page
    .getByRole("status")
    .filter({ has: page.getByText(ja.common.saved, { exact: true }) })
    .waitFor();
}

async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole("combobox", { name: new RegExp(`^${label}`) }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

// A fictional person, opened as a case in the demo coordinator's own program.
const person = {
  familyName: "椎名",
  givenName: "朔也",
  familyNameKana: "しいな",
  givenNameKana: "さくや",
  birthDate: "1999-02-14",
};
const personName = "椎名 朔也";

async function openCase(page: Page) {
  const created = await apiPost(page, "/api/participants", person);
  expect(created.status()).toBe(201);
  const participant = (await created.json()) as { id: string };
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { id: string } };
  const programs = (await (await page.request.get("/api/programs")).json()) as {
    items: { id: string; code: string }[];
  };
  const program = programs.items.find((candidate) => candidate.code === "yokohama-readiness");
  expect(program).toBeDefined();
  const opened = await apiPost(page, "/api/cases", {
    participantId: participant.id,
    programId: program?.id,
    leadCoordinatorId: session.user.id,
    openedOn: todayInJapan(),
  });
  expect(opened.status()).toBe(201);
  return { participantId: participant.id, caseId: ((await opened.json()) as { id: string }).id };
}

describe("support: a case from intake to closure", () => {
  const { open } = useBrowser();

  it("records every step of the national flow, two support records, and closes the case", async () => {
    const { context, page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "coordinator");
    const { caseId, participantId } = await openCase(page);

    // The coordinator's list starts with their own cases, newest first: the new case is there.
    await page.goto("/support/cases");
    await heading(page, ui.list.title);
    expect(await page.getByRole("combobox", { name: c.fields.leadCoordinator }).inputValue()).toBe(
      ui.list.mine,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: personName, exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === `/support/cases/${caseId}`);
    const title = text(ui.page.title, { name: personName });
    await heading(page, title);
    await page
      .getByRole("link", { name: personName, exact: true })
      .and(page.locator(`[href="/support/participants/${participantId}"]`))
      .waitFor();

    // The lead coordinator is changed in place, among those who may lead a case of the program:
    // handed to the manager, saved at once, then taken back.
    const lead = page.getByRole("combobox", { name: c.fields.leadCoordinator, exact: true });
    const leadValue = () => lead.inputValue();
    await expect.poll(leadValue).toBe(text(ja.support.participants.me, { name: "佐藤 美咲" }));
    // The options come from the program's possible leads: wait until the list has them.
    await lead.click();
    await page.getByRole("option", { name: "井上 誠", exact: true }).click();
    await expect.poll(leadValue).toBe("井上 誠");
    await page.reload();
    await heading(page, title);
    await expect.poll(leadValue).toBe("井上 誠");
    await lead.click();
    await page.getByRole("option", { name: text(ja.support.participants.me, { name: "佐藤 美咲" }) }).click();
    await expect.poll(leadValue).toBe(text(ja.support.participants.me, { name: "佐藤 美咲" }));

    // The next step says what it still needs, in words.
    const progress = page.getByRole("region", { name: ui.progress.title });
    await progress.getByText(c.requirements.intake, { exact: true }).waitFor();
    expect(
      await progress.getByRole("button", { name: c.moveTo.assessment }).getAttribute("aria-disabled"),
    ).toBe("true");
    const current = page.getByRole("list", { name: ui.progress.label }).locator('[aria-current="step"]');
    expect(await current.textContent()).toContain(c.statuses.intake);

    // Intake (相談受付・申込票): nothing chosen is refused on the topics, which get the focus.
    const intake = page.getByRole("form", { name: c.intake.title });
    await fieldIn(intake, c.intake.howCame).fill("本人来所（ハローワークの紹介）");
    await fieldIn(intake, c.intake.accompaniedBy).fill("母");
    await intake.getByRole("button", { name: ui.intake.save }).click();
    await intake.getByText(text(ja.validation.tooFewItems, { min: 1 })).waitFor();
    expect(
      await intake
        .getByRole("checkbox", { name: ja.support.concernTopics.health_disability })
        .evaluate((input) => input === document.activeElement),
    ).toBe(true);
    const topics = group(intake, c.intake.concernTopics);
    await group(topics, ui.intake.topicGroups.living).waitFor();
    for (const topic of ["housing", "income", "job_search"] as const)
      await topics.getByRole("checkbox", { name: ja.support.concernTopics[topic] }).check();
    await intake
      .getByRole("radiogroup", { name: c.intake.pressingTopic })
      .getByRole("radio", { name: ja.support.concernTopics.job_search })
      .check();
    await intake
      .getByRole("radiogroup", { name: c.intake.urgency })
      .getByRole("radio", { name: c.urgencies.high })
      .check();
    await intake
      .getByRole("radiogroup", { name: c.intake.screeningRoute })
      .getByRole("radio", { name: new RegExp(`^${c.screeningRoutes.continuing}`) })
      .check();
    expect(await seriousViolations(page)).toEqual([]);
    await intake.getByRole("button", { name: ui.intake.save }).click();
    await saved(page);
    const records = page.getByRole("region", { name: ui.records.title });
    await records.getByText(`${ja.support.concernTopics.job_search} (${c.intake.pressingTopic})`).waitFor();

    // A second tab moves the case on; this tab's step is refused as stale, and reloads.
    const second = await context.newPage();
    await second.goto(`/support/cases/${caseId}`);
    await heading(second, title);
    const staleDialog = await openStep(page, "assessment");
    await moveTo(second, "assessment");
    await second.close();
    await staleDialog.getByRole("button", { name: c.moveTo.assessment, exact: true }).click();
    const conflict = staleDialog.getByRole("alert").filter({ hasText: ui.stale.title });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(ja.errors.STALE_UPDATE);
    await conflict.getByRole("button", { name: ui.stale.reload }).click();
    await staleDialog.waitFor({ state: "hidden" });
    await page.getByRole("form", { name: ui.assessment.formTitle }).waitFor();
    expect(await current.textContent()).toContain(c.statuses.assessment);

    // Assessment: six areas, each a level and notes.
    const assessment = page.getByRole("form", { name: ui.assessment.formTitle });
    const levels = { dailyLife: 3, health: 3, socialRelations: 2, workHistory: 2, skills: 1, wishes: 4 };
    for (const [area, level] of Object.entries(levels) as [keyof typeof levels, number][])
      await group(assessment, c.assessmentAreas[area])
        .getByRole("radio", { name: new RegExp(`^${level}:`) })
        .check();
    await fieldIn(group(assessment, c.assessmentAreas.workHistory), c.assessment.notes).fill(
      "飲食店で3年（アルバイト）",
    );
    await assessment.getByRole("button", { name: ui.assessment.save }).click();
    await saved(page);
    await moveTo(page, "plan");

    // The plan: a goal in each of the three areas, with an action, who does it and a target date.
    const plan = page.getByRole("form", { name: ui.plan.firstTitle });
    const goals = [
      ["dailyLife", "毎朝7時に起きる", "目覚まし時計を使う"],
      ["socialLife", "週2回、居場所に通う", "カフェの実習に参加する"],
      ["work", "就労体験を始める", "協力事業所で実習する"],
    ] as const;
    for (const [area, goal, action] of goals) {
      const areaGroup = group(plan, c.goalAreas[area]);
      await fieldIn(areaGroup, text(ui.plan.goalLabel, { number: 1 })).fill(goal);
      await fieldIn(areaGroup, c.plan.action).fill(action);
      await fieldIn(areaGroup, c.plan.by).fill("本人");
      await fieldIn(areaGroup, c.plan.targetOn).fill("2027-03-31");
    }
    // Rows come and go: a second work goal, added and removed again.
    await plan.getByRole("button", { name: text(ui.plan.addGoal, { area: c.goalAreas.work }) }).click();
    await fieldIn(group(plan, c.goalAreas.work), text(ui.plan.goalLabel, { number: 2 })).waitFor();
    const secondWorkGoal = text(ui.plan.goalNumber, { area: c.goalAreas.work, number: 2 });
    await plan.getByRole("button", { name: text(ui.plan.removeGoal, { goal: secondWorkGoal }) }).click();
    expect(await fieldIn(group(plan, c.goalAreas.work), text(ui.plan.goalLabel, { number: 2 })).count()).toBe(
      0,
    );
    await plan.getByRole("button", { name: ui.plan.save }).click();
    await saved(page);
    await records.getByText("協力事業所で実習する", { exact: false }).waitFor();
    await moveTo(page, "conference");

    // The case conference approves the plan.
    const conference = page.getByRole("form", { name: ui.conference.formTitle });
    await fieldIn(conference, c.conference.attendees).fill("本人、主担当、福祉事務所 ケースワーカー");
    await conference.getByRole("radio", { name: new RegExp(`^${c.conferenceDecisions.approved}`) }).check();
    await conference.getByRole("button", { name: ui.conference.save }).click();
    await saved(page);
    await moveTo(page, "active");

    // Two support records on the case.
    const activities = page.getByRole("region", { name: ui.activities.title });
    const entries = [
      ["interview", "60", "初回面談。生活リズムを確認した。"],
      ["phone", "15", "実習先との日程を本人に連絡した。"],
    ] as const;
    for (const [type, minutes, notes] of entries) {
      await activities.getByRole("button", { name: ui.activities.add }).click();
      const entry = page.getByRole("form", { name: ui.activities.formTitle });
      await choose(page, entry, ja.support.activities.fields.type, ja.support.activities.types[type]);
      await fieldIn(entry, ja.support.activities.fields.minutes).fill(minutes);
      await fieldIn(entry, ja.support.activities.fields.notes).fill(notes);
      await entry.getByRole("button", { name: ui.activities.save }).click();
      await activities.getByText(ui.activities.saved).waitFor();
      await activities.getByRole("list", { name: ui.activities.listLabel }).getByText(notes).waitFor();
    }
    expect(
      await activities.getByRole("list", { name: ui.activities.listLabel }).getByRole("listitem").count(),
    ).toBe(2);
    await moveTo(page, "evaluation");

    // The evaluation: one result per goal of the plan.
    const evaluation = page.getByRole("form", { name: text(ui.evaluation.formTitle, { number: 1 }) });
    const results = ["achieved", "partly", "not"] as const;
    for (const [index, result] of results.entries())
      await evaluation
        .getByRole("group", { name: new RegExp(`^${text(ui.evaluation.goalN, { number: index + 1 })}（`) })
        .getByRole("radio", { name: c.goalResults[result], exact: true })
        .check();
    await evaluation.getByRole("button", { name: ui.evaluation.save }).click();
    await saved(page);

    // Closing asks for the closure record in the same step.
    const closing = await openStep(page, "closed");
    await choose(page, closing, c.closure.reason, c.closureReasons.employed);
    await fieldIn(closing, c.closure.outcomeSummary).fill("協力事業所での実習を経て就職した。");
    await closing.getByRole("button", { name: c.moveTo.closed, exact: true }).click();
    await page.getByText(text(ui.steps.moved, { to: c.statuses.closed })).waitFor();
    await progress.getByText(ui.steps.none).waitFor();
    await records.getByText(c.closureReasons.employed, { exact: true }).waitFor();

    // The timeline holds every step, the records stay readable.
    const timeline = page.getByRole("region", { name: c.transitions.title });
    for (const [from, to] of [
      ["intake", "assessment"],
      ["assessment", "plan"],
      ["plan", "conference"],
      ["conference", "active"],
      ["active", "evaluation"],
      ["evaluation", "closed"],
    ] as const)
      await timeline
        .getByText(text(ui.timeline.moved, { from: c.statuses[from], to: c.statuses[to] }), { exact: true })
        .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("answers a case of another program with not found", async () => {
    const { page } = await open();
    await loginAs(page, "manager");
    // A case in a program outside the demo coordinator's (who works on Yokohama and Zama).
    const programs = (await (await page.request.get("/api/programs")).json()) as {
      items: { id: string; code: string }[];
    };
    const elsewhere = programs.items.find(
      (program) => program.code !== "yokohama-readiness" && program.code !== "zama-readiness",
    );
    const created = await apiPost(page, "/api/participants", {
      familyName: "宇佐美",
      familyNameKana: "うさみ",
      birthDate: "1994-07-07",
    });
    expect(created.status()).toBe(201);
    const opened = await apiPost(page, "/api/cases", {
      participantId: ((await created.json()) as { id: string }).id,
      programId: elsewhere?.id,
      openedOn: todayInJapan(),
    });
    expect(opened.status()).toBe(201);
    const { id } = (await opened.json()) as { id: string };

    const other = await open();
    await loginAs(other.page, "coordinator");
    await other.page.goto(`/support/cases/${id}`);
    await heading(other.page, ja.notFound.title);
    expect(await other.page.getByText("宇佐美").count()).toBe(0);
  });
});
