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

  it("filters by a known entity and names a list read in the record-id column", async () => {
    const { page } = await open();
    await loginAs(page, "admin");
    // Opening the user list records a read of the whole list (no one record).
    await page.goto("/admin/users");
    await heading(page, ja.users.title);
    await page.goto("/admin/audit");
    await heading(page, ja.audit.title);
    await page.getByRole("table").waitFor();

    const entity = page.getByRole("combobox", { name: ja.audit.entity, exact: true });
    await entity.click();
    await page.getByRole("option", { name: ja.common.all, exact: true }).waitFor();
    await page.getByRole("option", { name: ja.audit.entities.session, exact: true }).click();
    await page.getByRole("button", { name: ja.audit.apply, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("entity") === "session");
    await page.getByRole("cell", { name: ja.audit.entities.session, exact: true }).first().waitFor();
    // The previous page stays up while the filtered one loads.
    await page
      .getByRole("cell", { name: ja.audit.entities.user, exact: true })
      .first()
      .waitFor({ state: "detached" });
    expect(await page.getByRole("cell", { name: ja.audit.entities.user, exact: true }).count()).toBe(0);

    await entity.click();
    await page.getByRole("option", { name: ja.audit.entities.user, exact: true }).click();
    await page.getByRole("combobox", { name: ja.audit.action, exact: true }).click();
    await page.getByRole("option", { name: ja.audit.actions.read, exact: true }).click();
    await page.getByRole("button", { name: ja.audit.apply, exact: true }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("entity") === "user" && url.searchParams.get("action") === "read",
    );
    await page.getByRole("cell", { name: ja.audit.listRecord, exact: true }).first().waitFor();

    // "すべて" takes the entity filter off again.
    await entity.click();
    await page.getByRole("option", { name: ja.common.all, exact: true }).click();
    await page.getByRole("button", { name: ja.audit.apply, exact: true }).click();
    await page.waitForURL(
      (url) => !url.searchParams.has("entity") && url.searchParams.get("action") === "read",
    );
  });
});
