import { readFile } from "node:fs/promises";
import { toWareki } from "@otagai/shared/japanese/era";
import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import {
  apiPost,
  chooseOption,
  collectConsoleErrors,
  fieldError,
  fieldLabel,
  heading,
  ja,
  loginAs,
  loginWith,
  text,
} from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";
import { addDays, addMonths, todayInJapan } from "./support/dates";

// Issue 11's "done when": the coordinator places a participant of an active case at a certified
// partner workplace for one term; the workplace's partner user sees only that placement, records a
// week of attendance (one absence) and the workplace's evaluation; an overlapping second placement is
// refused; the coordinator records a worker-collective outcome with income before and after, and
// the 1-month follow-up is on the today list; the plan prints as a PDF with its 和暦 date.

const p = ja.support.placements;
const a = ja.support.attendance;
const e = ja.support.evaluations;
const o = ja.support.outcomes;

/** Monday of the week before the one holding `date`. */
function mondayOfLastWeek(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  return addDays(date, -weekday - 7);
}

async function apiPut(page: Page, url: string, data: unknown) {
  const session = (await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string };
  return page.request.put(url, { headers: { "x-csrf-token": session.csrfToken }, data });
}

const suffix = Date.now().toString(36);
// Fictional people and places.
const person = {
  familyName: "早瀬",
  givenName: "湊",
  familyNameKana: "はやせ",
  givenNameKana: "みなと",
  birthDate: "1998-10-21",
};
const personName = "早瀬 湊";
const workplace = {
  name: `ワーカーズ・コレクティブ 木もれび ${suffix}`,
  nameKana: "わーかーずこれくてぃぶこもれび",
};
const partner = {
  email: `e2e-komorebi-${suffix}@example.org`,
  displayName: "小野寺 晴美",
  displayNameKana: "おのでら はるみ",
  password: "e2e-Komorebi-passphrase-2207",
};

/** A case of the coordinator's program taken through the national flow to 支援中, by the API. */
async function activeCase(page: Page, openedOn: string) {
  const created = await apiPost(page, "/api/participants", person);
  expect(created.status(), await created.text()).toBe(201);
  const participantId = ((await created.json()) as { id: string }).id;
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { id: string } };
  const programs = (await (await page.request.get("/api/programs")).json()) as {
    items: { id: string; code: string; name: string }[];
  };
  const program = programs.items.find((candidate) => candidate.code === "yokohama-readiness");
  if (!program) throw new Error("the demo program yokohama-readiness is missing");
  const opened = await apiPost(page, "/api/cases", {
    participantId,
    programId: program.id,
    leadCoordinatorId: session.user.id,
    openedOn,
  });
  expect(opened.status(), await opened.text()).toBe(201);
  const caseId = ((await opened.json()) as { id: string }).id;
  const version = async () =>
    ((await (await page.request.get(`/api/cases/${caseId}`)).json()) as { version: number }).version;
  const ok = async (response: Awaited<ReturnType<typeof apiPost>>) =>
    expect(response.status(), await response.text()).toBeLessThan(300);
  const move = async (to: string) =>
    ok(await apiPost(page, `/api/cases/${caseId}/transitions`, { to, version: await version() }));

  ok(
    await apiPut(page, `/api/cases/${caseId}/intake`, {
      receivedOn: openedOn,
      concernTopics: ["job_search"],
      urgency: "medium",
      screeningRoute: "continuing",
      version: 0,
    }),
  );
  await move("assessment");
  const area = { level: 3, notes: "" };
  await ok(
    await apiPost(page, `/api/cases/${caseId}/assessments`, {
      assessedOn: openedOn,
      areas: {
        dailyLife: area,
        health: area,
        socialRelations: area,
        workHistory: area,
        skills: area,
        wishes: area,
      },
      version: await version(),
    }),
  );
  await move("plan");
  await ok(
    await apiPost(page, `/api/cases/${caseId}/plans`, {
      madeOn: openedOn,
      reviewOn: addMonths(openedOn, 3),
      goals: [{ area: "work", goal: "就労体験を始める", actions: [{ action: "協力事業所で実習する" }] }],
      version: await version(),
    }),
  );
  await move("conference");
  await ok(
    await apiPost(page, `/api/cases/${caseId}/conferences`, {
      heldOn: openedOn,
      decision: "approved",
      version: await version(),
    }),
  );
  await move("active");
  return { caseId, programName: program.name };
}

describe("support: a placement from the case to the partner portal, the outcome and the plan's PDF", () => {
  const { open } = useBrowser();

  it("places, records attendance and an evaluation as the partner, refuses an overlap, follows up, prints", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "coordinator");
    const today = todayInJapan();
    const openedOn = addDays(today, -60);
    const startOn = mondayOfLastWeek(today);
    const { caseId, programName } = await activeCase(page, openedOn);

    // A partner workplace certified for 認定就労訓練事業, valid today.
    const made = await apiPost(page, "/api/workplaces", workplace);
    expect(made.status(), await made.text()).toBe(201);
    const workplaceId = ((await made.json()) as { id: string }).id;
    const certified = await apiPost(page, `/api/workplaces/${workplaceId}/certifications`, {
      authority: "mayor",
      authorityName: "横浜市長",
      number: `E2E-${suffix}`,
      employmentTypes: ["employed", "nonEmployed"],
      validFrom: addDays(today, -365),
      validUntil: addDays(today, 365),
    });
    expect(certified.status(), await certified.text()).toBe(201);

    // The coordinator places the person there for one term, Monday to Friday, from last Monday.
    const casePath = `/support/cases/${caseId}`;
    await page.goto(casePath);
    await heading(page, text(ja.support.cases.ui.page.title, { name: personName }));
    const section = page.getByRole("region", { name: p.title });
    await section.getByRole("button", { name: p.add, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: p.addTitle });
    await dialog.waitFor();
    await chooseOption(page, dialog, p.fields.workplace, workplace.name);
    await dialog.getByLabel(fieldLabel(p.fields.startOn)).fill(startOn);
    await dialog.getByLabel(fieldLabel(p.fields.termCount)).fill("1");
    for (const day of ["mon", "tue", "wed", "thu", "fri"] as const)
      await dialog.getByRole("checkbox", { name: ja.support.workplaces.weekdaysLong[day] }).check();
    await dialog.getByLabel(fieldLabel(p.fields.hoursFrom)).fill("10:00");
    await dialog.getByLabel(fieldLabel(p.fields.hoursTo)).fill("15:00");
    await dialog.getByLabel(fieldLabel(p.fields.tasks)).fill("野菜の仕分けと袋詰め");
    await dialog
      .getByLabel(fieldLabel(p.fields.guidanceNotes))
      .fill("休憩は12時から。困ったら石井さんに声をかけてもらってください。");
    await dialog.getByRole("button", { name: ja.common.save, exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/support/placements/"));
    const placementId = new URL(page.url()).pathname.split("/").pop() as string;

    // Started: planned → ongoing, confirmed in a dialog.
    const details = page.getByRole("region", { name: p.details });
    await details.getByRole("button", { name: p.moveTo.ongoing, exact: true }).click();
    const starting = page.getByRole("dialog", { name: p.moveTo.ongoing });
    await starting.getByRole("button", { name: p.moveTo.ongoing, exact: true }).click();
    await starting.waitFor({ state: "hidden" });
    await details.getByText(p.statuses.ongoing, { exact: true }).waitFor();

    // The workplace's partner user, made by the administrator.
    const admin = await open();
    await loginAs(admin.page, "admin");
    const account = await apiPost(admin.page, "/api/users", { ...partner, role: "partner", workplaceId });
    expect(account.status(), await account.text()).toBe(201);

    // The partner sees that placement and nothing else.
    const portal = await open();
    const portalErrors = collectConsoleErrors(portal.page);
    await loginWith(portal.page, partner.email, partner.password);
    await portal.page.waitForURL((url) => url.pathname === "/portal");
    const list = portal.page.getByRole("list", { name: p.portal.listLabel });
    await list.getByRole("listitem").first().waitFor();
    expect(await list.getByRole("listitem").count()).toBe(1);
    await list.getByRole("link", { name: personName }).click();
    await portal.page.waitForURL((url) => url.pathname === `/portal/placements/${placementId}`);
    await heading(portal.page, text(p.portal.placementTitle, { name: personName }));
    await portal.page.getByText("困ったら石井さんに声をかけてもらってください。", { exact: false }).waitFor();
    // Nothing of the person but the name: no birth date, phone or address on the page.
    expect(await portal.page.locator("main").textContent()).not.toContain("1998");

    // A week of attendance: last week, present Monday to Thursday, absent on Friday with a reason.
    const grid = portal.page.getByRole("region", { name: a.title });
    await grid.getByRole("button", { name: a.previousWeek, exact: true }).click();
    await grid.getByRole("button", { name: a.fillScheduled, exact: true }).click();
    const friday = text(a.dayLabel, {
      month: Number(addDays(startOn, 4).slice(5, 7)),
      day: Number(addDays(startOn, 4).slice(8, 10)),
      weekday: "金",
    });
    await grid
      .getByRole("radiogroup", { name: text(a.inputLabels.status, { row: friday }) })
      .getByText(a.statuses.absent, { exact: true })
      .click();
    await grid
      .getByLabel(text(a.inputLabels.absenceReason, { row: friday }))
      .fill("体調不良（本人から電話）");
    await grid.getByRole("button", { name: a.save, exact: true }).click();
    await grid.getByRole("status").filter({ hasText: a.saved }).waitFor();
    const rates = portal.page.getByRole("region", { name: a.rates.title });
    await rates
      .getByText(text(a.rates.countsValue, { present: 4, late: 0, leftEarly: 0, absent: 1 }))
      .first()
      .waitFor();
    await rates.getByText("80%").first().waitFor();

    // The workplace's evaluation of term 1.
    const evaluations = portal.page.getByRole("region", { name: e.title });
    await evaluations
      .getByRole("button", { name: text(e.enter, { evaluator: e.evaluators.workplace }) })
      .first()
      .click();
    const form = portal.page.getByRole("dialog", {
      name: text(e.formTitle, { term: 1, evaluator: e.evaluators.workplace }),
    });
    await form.waitFor();
    for (const criterion of Object.values(e.criteria))
      await form
        .getByRole("radiogroup", { name: fieldLabel(criterion) })
        .getByRole("radio", { name: /^3/ })
        .check();
    await form.getByLabel(e.comments).fill("丁寧に作業しています。報告がもう少しあると安心です。");
    expect(await seriousViolations(portal.page)).toEqual([]);
    await form.getByRole("button", { name: ja.common.save, exact: true }).click();
    await form.waitFor({ state: "hidden" });
    await evaluations.getByText("丁寧に作業しています。", { exact: false }).waitFor();
    expect(portalErrors).toEqual([]);

    // An overlapping second placement for the same person is refused, with the rule named.
    await page.goto(casePath);
    await section.getByRole("button", { name: p.add, exact: true }).click();
    await dialog.waitFor();
    await chooseOption(page, dialog, p.fields.workplace, workplace.name);
    await dialog.getByLabel(fieldLabel(p.fields.startOn)).fill(addDays(startOn, 14));
    await dialog.getByRole("checkbox", { name: ja.support.workplaces.weekdaysLong.tue }).check();
    await dialog.getByLabel(fieldLabel(p.fields.hoursFrom)).fill("10:00");
    await dialog.getByLabel(fieldLabel(p.fields.hoursTo)).fill("12:00");
    await dialog.getByRole("button", { name: ja.common.save, exact: true }).click();
    const overlaps = (ja.validation.placementOverlaps as string).split("（")[0] as string;
    await expect.poll(() => fieldError(page, p.fields.startOn)).toContain(overlaps);
    await dialog.getByRole("button", { name: ja.common.cancel, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });

    // The outcome: a worker-collective member at the workplace, income before and after.
    const startedOn = addMonths(today, -1);
    const outcomes = page.getByRole("region", { name: o.title });
    await outcomes.getByRole("button", { name: o.add, exact: true }).click();
    const outcome = page.getByRole("dialog", { name: o.addTitle });
    await outcome.waitFor();
    await chooseOption(page, outcome, o.fields.outcomeType, o.types.collective_member);
    const where = outcome.getByRole("combobox", { name: new RegExp(`^${o.fields.workplace}`) });
    await where.fill("木もれび");
    await page.getByRole("option", { name: workplace.name, exact: true }).click();
    await outcome.getByLabel(new RegExp(`^${o.fields.startedOn}`)).fill(startedOn);
    await outcome.getByLabel(o.fields.hoursPerWeek, { exact: true }).fill("20");
    await chooseOption(page, outcome, o.fields.contractForm, o.contractForms.collective_member);
    await outcome.getByLabel(o.fields.incomeBeforeYen, { exact: true }).fill("40000");
    await outcome.getByLabel(o.fields.incomeAfterYen, { exact: true }).fill("95000");
    await outcome.getByRole("button", { name: ja.common.save, exact: true }).click();
    await outcome.waitFor({ state: "hidden" });
    await outcomes.getByText(/40,000円 → 95,000円/).waitFor();

    // The 1-month follow-up is on the coordinator's today list, due today (or overdue after a 31st).
    await page.goto("/");
    await heading(page, ja.dashboard.title);
    const followUps = page
      .getByRole("region", { name: ja.dashboard.today.title })
      .getByRole("region", { name: new RegExp(`^${ja.dashboard.today.kinds.support.followUpDue.title}`) });
    const item = text(ja.dashboard.today.kinds.support.followUpDue.item, {
      name: personName,
      program: programName,
      months: 1,
    });
    const link = followUps.getByRole("link", { name: item, exact: true });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe(casePath);

    // The plan prints: the print view, and its PDF with the person's name and the 和暦 date.
    await page.goto(`${casePath}/print/plan`);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: ja.print.downloadPdf }).click();
    const file = await (await download).path();
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)));
    const { text: pages } = await extractText(pdf, { mergePages: true });
    const compact = (pages as string).replace(/\s+/g, "");
    expect(compact).toContain("早瀬湊");
    expect(compact).toContain((toWareki(openedOn) as string).replace(/\s+/g, ""));
    expect(consoleErrors).toEqual([]);
  });
});
