import { describe, expect, it } from "vitest";
import { chooseOption, collectConsoleErrors, field, heading, ja, loginAs, settled } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";
import { addDays, todayInJapan } from "./support/dates";

const m = ja.network.meetings;
const todayKind = ja.dashboard.today.kinds.meeting_action_item.title;

describe("meetings and action items", () => {
  const { open } = useBrowser();

  it("records a meeting, gives oneself an action item that stays on the today list until done", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "staff");
    const suffix = Date.now() % 100_000;
    const title = `就労支援全体会議（試験）${suffix}`;
    const item = `見学会の日程を調整する${suffix}`;

    // The list with the demo meetings.
    await page.goto("/network/meetings");
    await heading(page, m.title);
    await settled(page);
    await page.getByRole("link", { name: "第3回理事会" }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A new meeting.
    await page.getByRole("link", { name: m.newMeeting }).click();
    await heading(page, m.newTitle);
    await chooseOption(page, page.locator("form"), m.fields.kind, m.kinds.all_hands);
    await field(page, m.fields.title).fill(title);
    await field(page, m.fields.heldOn).fill(todayInJapan());
    await field(page, m.fields.agenda).fill("1. 近況報告\n2. 見学会");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: m.save, exact: true }).click();
    await page.waitForURL((url) => /^\/network\/meetings\/[0-9a-f-]{36}$/.test(url.pathname));
    await heading(page, title);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);

    // An action item for oneself (the owner defaults to the caller), due in a week.
    const form = page.getByRole("form", { name: m.actionItems.add });
    await form.getByLabel(new RegExp(`^${m.actionItems.itemTitle}`)).fill(item);
    await form.getByLabel(new RegExp(`^${m.actionItems.dueOn}`)).fill(addDays(todayInJapan(), 7));
    await form.getByRole("button", { name: m.actionItems.add }).click();
    await page.getByRole("cell", { name: item, exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // On the dashboard's today list.
    await page.goto("/");
    await heading(page, ja.dashboard.title);
    const today = page.getByRole("region", { name: ja.dashboard.today.title });
    const mine = today.getByRole("region", { name: new RegExp(`^${todayKind.replace(/[()（）]/g, ".")}`) });
    await mine.getByText(item, { exact: false }).waitFor();

    // Done: it leaves the list.
    await mine.getByRole("link", { name: new RegExp(item) }).click();
    await heading(page, title);
    await page.getByRole("button", { name: `${item} ${m.actionItems.markDone}` }).click();
    await page.getByRole("button", { name: `${item} ${m.actionItems.reopen}` }).waitFor();
    await page.goto("/");
    await heading(page, ja.dashboard.title);
    await settled(page);
    expect(await today.getByText(item, { exact: false }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it("invites the active partner workplaces to the upcoming round table, once", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "staff");
    await page.goto("/network/meetings?kind=round_table");
    await heading(page, m.title);
    await page.getByRole("link", { name: "協力事業者懇談会（下期）" }).first().click();
    await heading(page, "協力事業者懇談会（下期）");
    await settled(page);
    // The demo invited the active workplaces; other journeys may have activated more since. After
    // one invitation brings the list up to date, a second adds none.
    await page.getByRole("button", { name: m.attendees.inviteWorkplaces }).click();
    await settled(page);
    await page.getByRole("button", { name: m.attendees.inviteWorkplaces }).click();
    await page.getByText(m.attendees.noneAdded).waitFor();
    expect(
      await page.getByRole("cell", { name: m.attendees.kinds.workplace, exact: true }).count(),
    ).toBeGreaterThan(0);
    await page.getByRole("button", { name: m.downloads.xlsx }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
