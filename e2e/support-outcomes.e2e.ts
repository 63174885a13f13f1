import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiPost, collectConsoleErrors, heading, ja, loginAs, settled, text } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";
import { addDays, addMonths, todayInJapan } from "./support/dates";

const o = ja.support.outcomes;
const f = o.followUps;

/** The message Mantine links under an input by aria-describedby ("" when none). */
function errorUnder(input: Locator): Promise<string> {
  return input.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id))
      .filter((node) => node?.className.includes("error"))
      .map((node) => node?.textContent ?? "")
      .join(" "),
  );
}

async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole("combobox", { name: new RegExp(`^${label}`) }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

// Fictional: a person opened as a case two months ago in the demo coordinator's own program, and a
// worker collective registered as a partner workplace.
const person = {
  familyName: "真壁",
  givenName: "灯",
  familyNameKana: "まかべ",
  givenNameKana: "あかり",
  birthDate: "1996-07-03",
};
const personName = "真壁 灯";
const workplace = { name: "ワーカーズ・コレクティブ つむぎ舎", nameKana: "わーかーずこれくてぃぶつむぎしゃ" };

async function openCase(page: Page, openedOn: string, who: typeof person = person) {
  const created = await apiPost(page, "/api/participants", who);
  expect(created.status()).toBe(201);
  const participant = (await created.json()) as { id: string };
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { id: string } };
  const programs = (await (await page.request.get("/api/programs")).json()) as {
    items: { id: string; code: string; name: string }[];
  };
  const program = programs.items.find((candidate) => candidate.code === "yokohama-readiness");
  expect(program).toBeDefined();
  const opened = await apiPost(page, "/api/cases", {
    participantId: participant.id,
    programId: program?.id,
    leadCoordinatorId: session.user.id,
    openedOn,
  });
  expect(opened.status()).toBe(201);
  return { caseId: ((await opened.json()) as { id: string }).id, programName: program?.name ?? "" };
}

describe("support: outcomes and retention follow-ups", () => {
  const { open } = useBrowser();

  it("records a worker-collective outcome with raised income, and its 1-month follow-up from the today list", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "coordinator");
    const today = todayInJapan();
    const startedOn = addMonths(today, -1);
    // One month after the start is today, except on a day the month before lacks (31st): then overdue.
    const dueOn = addMonths(startedOn, 1);
    const dueState = dueOn === today ? f.states.dueToday : f.states.overdue;
    const { caseId, programName } = await openCase(page, addDays(today, -70));
    expect((await apiPost(page, "/api/workplaces", workplace)).status()).toBe(201);

    const path = `/support/cases/${caseId}`;
    await page.goto(path);
    await heading(page, text(ja.support.cases.ui.page.title, { name: personName }));
    const section = page.getByRole("region", { name: o.title });
    await section.getByText(o.none).waitFor();

    // The dialog: axe before typing, then the outcome at the partner workplace.
    await section.getByRole("button", { name: o.add, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: o.addTitle });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await choose(page, dialog, o.fields.outcomeType, o.types.collective_member);
    expect(await dialog.getByRole("radio", { name: o.whereKinds.workplace }).isChecked()).toBe(true);
    const where = dialog.getByRole("combobox", { name: new RegExp(`^${o.fields.workplace}`) });
    await where.fill("つむぎ");
    await page.getByRole("option", { name: workplace.name, exact: true }).click();
    await dialog.getByLabel(new RegExp(`^${o.fields.startedOn}`)).fill(startedOn);
    await dialog.getByLabel(o.fields.hoursPerWeek, { exact: true }).fill("24");
    await choose(page, dialog, o.fields.contractForm, o.contractForms.collective_member);
    await dialog.getByLabel(o.fields.incomeBeforeYen, { exact: true }).fill("50000");
    await dialog.getByLabel(o.fields.incomeAfterYen, { exact: true }).fill("120000");
    await dialog.getByRole("button", { name: ja.common.save, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await section.getByRole("status").filter({ hasText: o.added }).waitFor();

    // The card: where, 和暦 start, income before → after with 増収, and the schedule.
    const card = section
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: o.types.collective_member }) });
    await card.getByText(workplace.name, { exact: true }).waitFor();
    await card.getByText(o.values.raised, { exact: true }).waitFor();
    await card.getByText(text(o.values.raisedBy, { amount: "70,000" })).waitFor();
    await card.getByText(/50,000円 → 120,000円/).waitFor();
    expect(await card.textContent()).toMatch(/令和\d+年/);
    const schedule = card.getByRole("list", { name: text(f.listLabel, { type: o.types.collective_member }) });
    const rows = schedule.getByRole("listitem");
    expect(await rows.count()).toBe(4);
    const first = rows.first();
    await first.getByText(text(f.offset, { months: 1 }), { exact: true }).waitFor();
    await first.getByText(dueState, { exact: true }).waitFor();
    await rows.nth(1).getByText(f.states.planned, { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The dashboard's today list has the follow-up for this person.
    const item = text(ja.dashboard.today.kinds.support.followUpDue.item, {
      name: personName,
      program: programName,
      months: 1,
    });
    await page.goto("/");
    await heading(page, ja.dashboard.title);
    const todayList = page.getByRole("region", { name: ja.dashboard.today.title });
    const group = todayList.getByRole("region", {
      name: new RegExp(`^${ja.dashboard.today.kinds.support.followUpDue.title}`),
    });
    const link = group.getByRole("link", { name: item, exact: true });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe(path);
    await link.click();
    await page.waitForURL((url) => url.pathname === path);

    // Recording it: "stopped" needs the reason, in Japanese under the field.
    await page
      .getByRole("region", { name: o.title })
      .getByRole("button", { name: text(f.recordOf, { months: 1 }) })
      .click();
    const followUp = page.getByRole("dialog", {
      name: new RegExp(`^${text(f.dialogTitle, { months: 1, date: "" }).split("（")[0]}`),
    });
    await followUp.waitFor();
    expect(await followUp.getByLabel(new RegExp(`^${f.fields.doneOn}`)).inputValue()).toBe(today);
    await followUp.getByRole("radio", { name: f.stillWorking.no }).check();
    await followUp.getByLabel(new RegExp(`^${f.fields.stoppedOn}`)).fill(today);
    expect(await seriousViolations(page)).toEqual([]);
    await followUp.getByRole("button", { name: ja.common.save, exact: true }).click();
    const reason = followUp.getByRole("combobox", { name: new RegExp(`^${f.fields.stoppedReason}`) });
    await expect.poll(() => errorUnder(reason)).toBe(ja.validation.required);
    expect(await reason.evaluate((input) => input === document.activeElement)).toBe(true);

    // Still working after all: recorded, and gone from the today list.
    await followUp.getByRole("radio", { name: f.stillWorking.yes }).check();
    await followUp.getByLabel(f.fields.hoursPerWeek, { exact: true }).fill("24");
    await followUp.getByLabel(f.fields.nextStep).fill("3か月の面談を職場で行う");
    await followUp.getByRole("button", { name: ja.common.save, exact: true }).click();
    await followUp.waitFor({ state: "hidden" });
    const after = page.getByRole("region", { name: o.title });
    await after.getByRole("status").filter({ hasText: o.followUpSaved }).waitFor();
    const recorded = after
      .getByRole("list", { name: text(f.listLabel, { type: o.types.collective_member }) })
      .getByRole("listitem")
      .first();
    await recorded.getByText(f.states.done, { exact: true }).waitFor();
    await recorded.getByText(/働き続けている/).waitFor();

    await page.goto("/");
    await heading(page, ja.dashboard.title);
    await settled(page);
    expect(
      await page
        .getByRole("region", { name: ja.dashboard.today.title })
        .getByRole("link", { name: item })
        .count(),
    ).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it("edits an outcome on a phone, offering the latest after someone saved first", async () => {
    const { page } = await open({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await loginAs(page, "coordinator");
    const today = todayInJapan();
    const { caseId } = await openCase(page, addDays(today, -30), {
      ...person,
      familyName: "汐見",
      givenName: "遥",
      familyNameKana: "しおみ",
      givenNameKana: "はるか",
    });
    const created = await apiPost(page, `/api/cases/${caseId}/outcomes`, {
      outcomeType: "part_time",
      employerName: "ベーカリー こむぎ堂",
      startedOn: addDays(today, -10),
      incomeBeforeYen: 0,
      incomeAfterYen: 64000,
    });
    expect(created.status()).toBe(201);
    const outcome = (await created.json()) as { id: string; version: number };

    await page.goto(`/support/cases/${caseId}`);
    const section = page.getByRole("region", { name: o.title });
    const card = section
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: o.types.part_time }) });
    await card.getByText("ベーカリー こむぎ堂", { exact: true }).waitFor();
    await card.getByText(o.values.raised, { exact: true }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);

    await card
      .getByRole("button", {
        name: new RegExp(`^${text(o.editOf, { type: o.types.part_time, date: "" }).split("（")[0]}`),
      })
      .click();
    const dialog = page.getByRole("dialog", { name: o.editTitle });
    await dialog.waitFor();
    expect(await dialog.getByRole("radio", { name: o.whereKinds.other }).isChecked()).toBe(true);
    expect(await dialog.getByLabel(o.fields.employerName, { exact: true }).inputValue()).toBe(
      "ベーカリー こむぎ堂",
    );
    expect(await seriousViolations(page)).toEqual([]);
    // Someone else corrects the hours meanwhile.
    const other = await page.request.patch(`/api/outcomes/${outcome.id}`, {
      headers: {
        "x-csrf-token": (
          (await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string }
        ).csrfToken,
      },
      data: {
        outcomeType: "part_time",
        employerName: "ベーカリー こむぎ堂",
        startedOn: addDays(today, -10),
        hoursPerWeek: 15,
        incomeBeforeYen: 0,
        incomeAfterYen: 64000,
        version: outcome.version,
      },
    });
    expect(other.status()).toBe(200);
    await dialog.getByLabel(o.fields.incomeAfterYen, { exact: true }).fill("72000");
    await dialog.getByRole("button", { name: ja.common.save, exact: true }).click();
    await dialog.getByRole("alert").filter({ hasText: ja.support.programs.form.staleTitle }).waitFor();
    await dialog.getByRole("button", { name: ja.support.programs.form.reloadLatest }).click();
    await expect
      .poll(() => dialog.getByLabel(o.fields.hoursPerWeek, { exact: true }).inputValue())
      .toMatch(/^15/);
    await dialog.getByLabel(o.fields.incomeAfterYen, { exact: true }).fill("72000");
    await dialog.getByRole("button", { name: ja.common.save, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await section.getByRole("status").filter({ hasText: o.saved }).waitFor();
    await card.getByText(text(o.values.raisedBy, { amount: "72,000" })).waitFor();
    await card.getByText(text(o.values.hours, { hours: 15 })).waitFor();
    // Part-time work is work: its follow-ups are scheduled, the first one a month on.
    const rows = card
      .getByRole("list", { name: text(f.listLabel, { type: o.types.part_time }) })
      .getByRole("listitem");
    expect(await rows.count()).toBe(4);
    await rows.first().getByText(f.states.planned, { exact: true }).waitFor();
  });
});
