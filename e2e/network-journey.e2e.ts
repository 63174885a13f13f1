import { describe, expect, it } from "vitest";
import {
  chooseOption,
  collectConsoleErrors,
  field,
  fieldLabel,
  heading,
  ja,
  loginAs,
  settled,
  text,
} from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";
import { todayInJapan } from "./support/dates";

// Issue 13's "done when": the office registers a new member organization (its address from the
// postal code), takes it into partner-workplace development, records two contacts and the
// agreement, registers it as a partner workplace; a coordinator then finds it in a case's placement
// dialog. And the member count on 2018-04-01 is the seed's 166.

const m = ja.network.members;
const pr = ja.network.prospects;
const pl = ja.support.placements;

const suffix = Date.now().toString(36);
// A fictional organization.
const name = `ワーカーズ・コレクティブ 試験のそよかぜ ${suffix}`;
const uuidPath = (prefix: string) => (url: URL) => new RegExp(`^${prefix}/[0-9a-f-]{36}$`).test(url.pathname);

describe("network: a new member becomes a partner workplace a coordinator can place at", () => {
  const { open } = useBrowser();

  it("registers a member, develops it into a partner workplace, and offers it in the placement dialog", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "staff");

    // The member list, and the seed's figure: 166 members on 2018-04-01.
    await page.goto("/network/members");
    await heading(page, m.title);
    await settled(page);
    await page.getByRole("button", { name: m.count.example }).click();
    await page.getByText(text(m.count.result, { on: "2018-04-01", count: 166 })).waitFor();

    // A new member organization, its address filled from the postal code.
    await page.getByRole("link", { name: m.add }).click();
    await heading(page, m.newTitle);
    await settled(page);
    await field(page, m.fieldsLabel.name).fill(name);
    await field(page, m.fieldsLabel.nameKana).fill("わーかーずこれくてぃぶ しけんのそよかぜ");
    await page.getByRole("checkbox", { name: m.fields.food, exact: true }).check();
    await field(page, ja.postalCode.label).fill("221-0822");
    await page.getByRole("button", { name: ja.postalCode.lookupLabel }).click();
    await page.getByText(ja.postalCode.filled).waitFor();
    expect(await field(page, m.fieldsLabel.area).inputValue()).toContain("神奈川区");
    await field(page, m.fieldsLabel.joinedOn).fill(todayInJapan());
    await page.getByRole("button", { name: m.save, exact: true }).click();
    await page.waitForURL(uuidPath("/network/members"));
    await heading(page, name);
    await settled(page);

    // Into partner-workplace development: the prospect page of the same organization.
    await page.getByRole("button", { name: m.detail.addProspect }).click();
    await page.waitForURL(uuidPath("/network/prospects"));
    await heading(page, name);
    await settled(page);

    // Two contacts: a call (the stage moves to 連絡済み), then a visit.
    const contacts = page.getByRole("region", { name: pr.contacts.title });
    await field(page, pr.contacts.notes).fill("電話で就労体験の受け入れを相談した。");
    await contacts.getByRole("button", { name: pr.contacts.save }).click();
    await page.getByText(`${pr.stage}: ${pr.stages.contacted}`).waitFor();
    await contacts.getByText("電話で就労体験の受け入れを相談した。").waitFor();
    await field(page, pr.contacts.method).selectOption("visit");
    await field(page, pr.contacts.notes).fill("作業場を訪ね、受け入れの流れを確かめた。");
    await contacts.getByRole("button", { name: pr.contacts.save }).click();
    await contacts.getByText("作業場を訪ね、受け入れの流れを確かめた。").waitFor();

    // The agreement (合意), then the partner workplace, made from it without retyping.
    const agreement = page.getByRole("region", { name: pr.agreement.title });
    await field(page, pr.agreement.traineeCapacity).fill("2");
    await field(page, pr.agreement.scope).fill("週3日の野菜の仕分けと袋詰め");
    await agreement.getByRole("button", { name: pr.agreement.save }).click();
    await page.getByText(pr.agreement.saved).waitFor();
    await page.getByText(`${pr.stage}: ${pr.stages.agreed}`).waitFor();
    await page.getByRole("button", { name: pr.activation.button }).click();
    await page.getByText(text(pr.activation.done, { name })).waitFor();
    await page.getByText(`${pr.stage}: ${pr.stages.active}`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);

    // A coordinator (staff may not read cases) opens an active case of theirs…
    const coordinator = (await open()).page;
    const coordinatorErrors = collectConsoleErrors(coordinator);
    await loginAs(coordinator, "coordinator");
    const cases = (await (
      await coordinator.request.get("/api/cases?status=active&page=1&pageSize=1")
    ).json()) as { items: { id: string; participantName: string }[] };
    const supportCase = cases.items[0];
    if (!supportCase) throw new Error("the demo coordinator has no active case");
    await coordinator.goto(`/support/cases/${supportCase.id}`);
    await heading(coordinator, text(ja.support.cases.ui.page.title, { name: supportCase.participantName }));
    await settled(coordinator);

    // …and the new partner workplace is among the placement's choices, and can be picked.
    const section = coordinator.getByRole("region", { name: pl.title });
    await section.getByRole("button", { name: pl.add, exact: true }).click();
    const dialog = coordinator.getByRole("dialog", { name: pl.addTitle });
    await dialog.waitFor();
    await chooseOption(coordinator, dialog, pl.fields.workplace, name);
    const workplace = dialog.getByRole("combobox", { name: fieldLabel(pl.fields.workplace) });
    expect(await workplace.inputValue()).toBe(name);
    await coordinator.screenshot({ path: "/tmp/h13-shot.png" });
    expect(await seriousViolations(coordinator)).toEqual([]);
    await dialog.getByRole("button", { name: ja.common.cancel, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(coordinatorErrors).toEqual([]);
  });
});
