import { describe, expect, it } from "vitest";
import {
  apiPost,
  chooseOption,
  collectConsoleErrors,
  field,
  fieldError,
  heading,
  ja,
  loginAs,
  settled,
  text,
} from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const p = ja.network.prospects;

/** A day counted from today in Japan, "YYYY-MM-DD". */
function japanDay(offset: number): string {
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

describe("partner-workplace development", () => {
  const { open } = useBrowser();

  it("adds a prospect, records contacts and the agreement, and registers it as a partner workplace", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "staff");
    const name = `しらかば工房（架空）${Date.now() % 100_000}`;

    await page.goto("/network/prospects");
    await heading(page, p.title);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: p.newProspect }).click();
    const form = page.getByRole("form", { name: p.newTitle });
    await form.getByRole("button", { name: p.save, exact: true }).click();
    await form.getByText(ja.validation.required).first().waitFor();
    await field(page, p.fields.name).fill(name);
    await field(page, p.fields.nameKana).fill("シラカバコウボウ");
    await field(page, p.fields.area).fill("座間市");
    await page.getByRole("checkbox", { name: p.workKinds.food }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole("button", { name: p.save, exact: true }).click();
    await page.waitForURL((url) => /^\/network\/prospects\/[0-9a-f-]{36}$/.test(url.pathname));
    await heading(page, name);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);

    // Two contacts: the first moves it to 連絡済み; a date for the next step needs the step.
    const contacts = page.getByRole("region", { name: p.contacts.title });
    await field(page, p.contacts.nextStepOn).fill(japanDay(3));
    await contacts.getByRole("button", { name: p.contacts.save }).click();
    // An empty field says 入力してください, whatever rule it broke (the app's convention).
    await expect.poll(() => fieldError(page, p.contacts.nextStep)).toBe(ja.validation.required);
    await field(page, p.contacts.nextStep).fill("見学の日程を決める");
    await field(page, p.contacts.notes).fill("電話で事業の説明をした。");
    await contacts.getByRole("button", { name: p.contacts.save }).click();
    await page.getByText(`${p.stage}: ${p.stages.contacted}`).waitFor();
    await contacts.getByText("電話で事業の説明をした。").waitFor();
    await field(page, p.contacts.method).selectOption("visit");
    await field(page, p.contacts.notes).fill("作業場を見学した。");
    await contacts.getByRole("button", { name: p.contacts.save }).click();
    await contacts.getByText("作業場を見学した。").waitFor();

    // The agreement moves it to 合意; then it becomes a partner workplace without retyping.
    const agreement = page.getByRole("region", { name: p.agreement.title });
    await field(page, p.agreement.traineeCapacity).fill("2");
    await field(page, p.agreement.scope).fill("週2日の袋詰め作業");
    await agreement.getByRole("button", { name: p.agreement.save }).click();
    await page.getByText(p.agreement.saved).waitFor();
    await page.getByText(`${p.stage}: ${p.stages.agreed}`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: p.activation.button }).click();
    await page.getByText(text(p.activation.done, { name })).waitFor();
    await page.getByText(`${p.stage}: ${p.stages.active}`).waitFor();
    const prospectId = new URL(page.url()).pathname.split("/").at(-1);
    const stored = (await (await page.request.get(`/api/network/prospects/${prospectId}`)).json()) as {
      workplaceId: string;
    };

    // A coordinator finds it among the active workplaces a placement can go to, and opens it.
    const coordinator = (await open()).page;
    await loginAs(coordinator, "coordinator");
    const choices = (await (
      await coordinator.request.get("/api/workplaces?status=active&page=1&pageSize=200")
    ).json()) as { items: { id: string }[] };
    expect(choices.items.map((item) => item.id)).toContain(stored.workplaceId);
    await coordinator.goto(`/network/prospects/${prospectId}`);
    await heading(coordinator, name);
    await coordinator.getByRole("link", { name: p.activation.open }).click();
    await coordinator.waitForURL((url) => url.pathname === `/support/workplaces/${stored.workplaceId}`);
    await heading(coordinator, name);
    expect(consoleErrors).toEqual([]);
  });

  it("edits the details and hands the prospect to a colleague; a save over someone else's keeps what was typed", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "staff");
    const name = `くすのき印刷（架空）${Date.now() % 100_000}`;
    const created = await apiPost(page, "/api/network/prospects", { name, nameKana: "クスノキインサツ" });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const owners = (await (await page.request.get("/api/network/prospects/owners")).json()) as {
      items: { id: string; displayName: string }[];
    };
    const me = (await (await page.request.get("/api/auth/session")).json()) as { user: { id: string } };
    const colleague = owners.items.find((item) => item.id !== me.user.id);
    if (!colleague) throw new Error("the demo data has one owner only");

    await page.goto(`/network/prospects/${id}`);
    await heading(page, name);
    const details = page.getByRole("region", { name: p.details });
    await details.getByRole("button", { name: p.edit }).click();
    const form = page.getByRole("form", { name: p.editTitle });
    await field(page, p.fields.contactName).fill("北村 ゆかり");
    await chooseOption(page, form, p.owner, colleague.displayName);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole("button", { name: ja.common.save }).click();
    await details.getByText(p.profileSaved).waitFor();
    await details.getByText("北村 ゆかり").waitFor();
    await details.getByText(colleague.displayName).waitFor();

    // Someone else saves first: the 409 offers the latest, and what was typed is laid over it.
    await details.getByRole("button", { name: p.edit }).click();
    await field(page, p.fields.notes).fill("見積もりの相談あり");
    const current = (await (await page.request.get(`/api/network/prospects/${id}`)).json()) as {
      version: number;
    };
    const session = (await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string };
    const other = await page.request.put(`/api/network/prospects/${id}`, {
      headers: { "x-csrf-token": session.csrfToken },
      data: { contactPhone: "046-200-1111", version: current.version },
    });
    expect(other.status()).toBe(200);
    await form.getByRole("button", { name: ja.common.save }).click();
    await page.getByRole("button", { name: p.reloadLatest }).click();
    await page.getByText(p.staleReapplied).waitFor();
    expect(await field(page, p.fields.notes).inputValue()).toBe("見積もりの相談あり");
    expect(await field(page, p.fields.contactPhone).inputValue()).toBe("046-200-1111");
    await form.getByRole("button", { name: ja.common.save }).click();
    await details.getByText(p.profileSaved).waitFor();
    await details.getByText("見積もりの相談あり").waitFor();
    await details.getByText("046-200-1111").waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it("moves a card with its stage select, and refuses 合意 without an agreement", async () => {
    const { page } = await open();
    await loginAs(page, "staff");
    const name = `かえで商店（架空）${Date.now() % 100_000}`;
    const created = await apiPost(page, "/api/network/prospects", { name, nameKana: "カエデショウテン" });
    expect(created.status()).toBe(201);

    await page.goto("/network/prospects");
    await heading(page, p.title);
    await settled(page);
    const select = page.getByRole("combobox", { name: text(p.moveToLabel, { name }) });
    await select.selectOption("visited");
    await page.getByText(text(p.moved, { name, stage: p.stages.visited })).waitFor();
    const visited = page.getByRole("region", { name: new RegExp(`^${p.stages.visited}`) });
    await visited.getByRole("link", { name }).waitFor();
    await page.getByRole("combobox", { name: text(p.moveToLabel, { name }) }).selectOption("agreed");
    await page.getByText(ja.validation.prospectAgreementMissing).waitFor();

    // By keyboard, through the drag handle: Space lifts it, an arrow goes one stage along, Space drops it.
    const handle = page.getByRole("button", { name: text(p.dnd.handle, { name }) });
    await settled(page);
    await handle.focus();
    await page.keyboard.press("Space");
    await page.getByText(text(p.dnd.over, { stage: p.stages.visited })).waitFor({ state: "attached" });
    await page.keyboard.press("ArrowLeft");
    // dnd-kit announces where the card is (its live region), once it is over the column.
    await page.getByText(text(p.dnd.over, { stage: p.stages.contacted })).waitFor({ state: "attached" });
    await page.keyboard.press("Space");
    await page.getByText(text(p.moved, { name, stage: p.stages.contacted })).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
