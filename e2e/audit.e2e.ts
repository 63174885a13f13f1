import { describe, expect, it } from "vitest";
import { heading, ja, loginAs } from "./support/app";
import { useBrowser } from "./support/browser";

describe("audit trail", () => {
  const { open } = useBrowser();

  it("lists login events with Japanese labels, filters them, and verifies the chain", async () => {
    const { page } = await open();
    await loginAs(page, "admin");
    await page.goto("/admin/audit");
    await heading(page, ja.audit.title);
    await page.getByRole("table").waitFor();
    await page.getByRole("cell", { name: ja.audit.actions.login, exact: true }).first().waitFor();
    await page.getByRole("cell", { name: "admin@demo.otagai.example", exact: true }).first().waitFor();

    await page.getByRole("combobox", { name: ja.audit.action, exact: true }).click();
    await page.getByRole("option", { name: ja.audit.actions.create, exact: true }).click();
    await page.getByRole("button", { name: ja.audit.apply, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("action") === "create");
    await page.getByRole("cell", { name: ja.audit.actions.create, exact: true }).first().waitFor();
    expect(await page.getByRole("cell", { name: ja.audit.actions.login, exact: true }).count()).toBe(0);

    await page.getByRole("button", { name: ja.audit.verify }).click();
    await page.getByText(ja.audit.verifyOkTitle).waitFor();
  });
});
