import { describe, expect, it } from "vitest";
import {
  chooseOption,
  collectConsoleErrors,
  field,
  heading,
  ja,
  loginAs,
  settled,
  text,
} from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const m = ja.network.members;

describe("member organizations (参加団体)", () => {
  const { open } = useBrowser();

  it("lists, searches by kana, counts 166 on 2018-04-01, registers one with the postal lookup, records dues", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "staff");

    await page.goto("/network/members");
    await heading(page, m.title);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);

    // The seed's figure: 166 members on 2018-04-01 in the demo data.
    await page.getByRole("button", { name: m.count.example }).click();
    await page.getByText(text(m.count.result, { on: "2018-04-01", count: 166 })).waitFor();

    // Search by kana, in the other script than stored.
    await field(page, m.search).fill("ミドリキッチン");
    await page.getByRole("button", { name: ja.common.search, exact: true }).click();
    await page.getByRole("link", { name: "ワーカーズ・コレクティブ みどりキッチン" }).waitFor();

    // A new organization (fictional), its address from the postal code.
    const name = `ワーカーズ・コレクティブ 試験のはたけ${Date.now() % 100_000}`;
    await page.getByRole("link", { name: m.add }).click();
    await heading(page, m.newTitle);
    await settled(page);
    await field(page, m.fieldsLabel.name).fill(name);
    await field(page, m.fieldsLabel.nameKana).fill("わーかーずこれくてぃぶ しけんのはたけ");
    await page.getByRole("checkbox", { name: m.fields.food, exact: true }).check();
    await field(page, ja.postalCode.label).fill("221-0822");
    await page.getByRole("button", { name: ja.postalCode.lookupLabel }).click();
    await page.getByText(ja.postalCode.filled).waitFor();
    expect(await field(page, m.fieldsLabel.area).inputValue()).toContain("神奈川区");
    // A left date with the status still active: refused next to the status.
    await field(page, m.fieldsLabel.joinedOn).fill("2024-04-01");
    await field(page, m.fieldsLabel.leftOn).fill("2025-03-31");
    await page.getByRole("button", { name: m.save, exact: true }).click();
    await page.getByText(ja.validation.memberLeftOnOnlyWhenLeft).waitFor();
    await field(page, m.fieldsLabel.leftOn).fill("");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: m.save, exact: true }).click();
    await page.waitForURL((url) => /^\/network\/members\/[0-9a-f-]{36}$/.test(url.pathname));
    await heading(page, name);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);

    // This fiscal year's dues: recorded unpaid, then on the office's unpaid list.
    const dues = page.getByRole("region", { name: m.dues.title });
    await dues
      .getByRole("button", { name: new RegExp(`${m.dues.save}$`) })
      .first()
      .click();
    await dues.getByText(m.dues.unpaid, { exact: true }).first().waitFor();
    // The edit form, then the organization into the partner-workplace pipeline.
    await page.getByRole("button", { name: m.edit, exact: true }).click();
    await field(page, m.fieldsLabel.name).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: m.cancel, exact: true }).click();
    await page.getByRole("button", { name: m.detail.addProspect }).click();
    await page.waitForURL((url) => /^\/network\/prospects\/[0-9a-f-]{36}$/.test(url.pathname));

    await page.goto("/network/members/dues");
    await heading(page, m.unpaidTitle);
    await settled(page);
    await page.getByRole("link", { name }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The import page is the platform's wizard.
    await page.goto("/network/members/import");
    await heading(page, m.importTitle);
    await settled(page);
    expect(await seriousViolations(page)).toEqual([]);

    // A filter by kind narrows the list.
    await page.goto("/network/members");
    await heading(page, m.title);
    await chooseOption(page, page.getByRole("search"), m.columns.kind, m.kinds.npo);
    await settled(page);
    await page
      .getByRole("link", { name: /^NPO法人/ })
      .first()
      .waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
