import { describe, expect, it } from "vitest";
import { heading, ja, loginAs } from "./support/app";
import { useBrowser } from "./support/browser";

/** "一覧（7件）" as a pattern: the list read's count varies with the journeys run before. */
const listReadPattern = new RegExp(
  `^${ja.audit.listRecordCount.replace("{{count}}", "\\d+").replace(/[()（）]/g, "\\$&")}$`,
);

describe("audit trail", () => {
  const { open } = useBrowser();

  it("names who acted and which record, in Japanese, filters, and verifies the chain", async () => {
    const { page } = await open();
    await loginAs(page, "admin");
    await page.goto("/admin/audit");
    await heading(page, ja.audit.title);
    await page.getByRole("table").waitFor();
    await page.getByRole("cell", { name: ja.audit.actions.login, exact: true }).first().waitFor();
    // The actor by name (the address under it), not a bare id.
    await page.getByText("青木 はるか", { exact: true }).first().waitFor();
    expect(await page.getByText(/^[0-9a-f]{8}-[0-9a-f]{4}-/).count()).toBe(0);

    await page.getByRole("combobox", { name: ja.audit.action, exact: true }).click();
    await page.getByRole("option", { name: ja.audit.actions.create, exact: true }).click();
    await page.getByRole("button", { name: ja.audit.apply, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("action") === "create");
    // The previous page stays up while the filtered one loads.
    await page
      .getByRole("cell", { name: ja.audit.actions.login, exact: true })
      .first()
      .waitFor({ state: "detached" });
    await page.getByRole("cell", { name: ja.audit.actions.create, exact: true }).first().waitFor();
    // The record by what it is (the person created), not its id. The demo data creates far more
    // than one page of records, so the users' creations are narrowed to by entity.
    await page.goto("/admin/audit?action=create&entity=user");
    await page.getByRole("link", { name: "小川 直子", exact: true }).first().waitFor();
    expect(await page.getByText(/^[0-9a-f]{8}-[0-9a-f]{4}-/).count()).toBe(0);

    await page.getByRole("button", { name: ja.audit.verify }).click();
    await page.getByText(ja.audit.verifyOkTitle).waitFor();
  });

  it("leaves list reads out unless asked, and narrows to one person's record from its name", async () => {
    const { page } = await open();
    await loginAs(page, "admin");
    // Opening the user list records a read of the people it showed.
    await page.goto("/admin/users");
    await heading(page, ja.users.title);
    await page.getByRole("link", { name: "青木 はるか", exact: true }).waitFor();
    await page.goto("/admin/audit");
    await heading(page, ja.audit.title);
    await page.getByRole("table").waitFor();
    await page.getByRole("cell", { name: ja.audit.actions.login, exact: true }).first().waitFor();
    expect(await page.getByRole("cell", { name: ja.audit.actions.read, exact: true }).count()).toBe(0);

    const kind = page.getByRole("combobox", { name: ja.audit.kind, exact: true });
    await kind.click();
    await page.getByRole("option", { name: ja.audit.kinds.all, exact: true }).click();
    await page.getByRole("button", { name: ja.audit.apply, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("kind") === "all");
    await page.getByRole("cell", { name: ja.audit.actions.read, exact: true }).first().waitFor();
    await page.getByText(listReadPattern).first().waitFor();

    // A person's name narrows the list to their record: the list reads that showed them included.
    // (Their creation is found among the creations: the whole trail has grown past one page.)
    await page.goto("/admin/audit?action=create&entity=user");
    await page.getByRole("link", { name: "小川 直子", exact: true }).first().click();
    await page.waitForURL((url) => (url.searchParams.get("recordId") ?? "").length === 36);
    await page.getByRole("cell", { name: ja.audit.actions.create, exact: true }).first().waitFor();
    await page.getByRole("cell", { name: ja.audit.actions.read, exact: true }).first().waitFor();
    // Only entries about her: no other person's name in the record column.
    expect(await page.getByRole("link", { name: "青木 はるか", exact: true }).count()).toBe(0);
  });

  it("filters by a known entity and takes the filter off again", async () => {
    const { page } = await open();
    await loginAs(page, "admin");
    await page.goto("/admin/audit");
    await heading(page, ja.audit.title);
    await page.getByRole("table").waitFor();

    const entity = page.getByRole("combobox", { name: ja.audit.entity, exact: true });
    await entity.click();
    await page.getByRole("option", { name: ja.common.all, exact: true }).waitFor();
    await page.getByRole("option", { name: ja.audit.entities.session, exact: true }).click();
    await page.getByRole("button", { name: ja.audit.apply, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("entity") === "session");
    const table = page.getByRole("table");
    // The previous page stays up while the filtered one loads.
    await table.getByText(ja.audit.entities.user, { exact: true }).first().waitFor({ state: "detached" });
    await table.getByText(ja.audit.entities.session, { exact: true }).first().waitFor();

    await entity.click();
    await page.getByRole("option", { name: ja.audit.entities.user, exact: true }).click();
    await page.getByRole("combobox", { name: ja.audit.action, exact: true }).click();
    await page.getByRole("option", { name: ja.audit.actions.read, exact: true }).click();
    await page.getByRole("button", { name: ja.audit.apply, exact: true }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("entity") === "user" && url.searchParams.get("action") === "read",
    );
    await page.getByText(listReadPattern).first().waitFor();

    // "すべて" takes the entity filter off again.
    await entity.click();
    await page.getByRole("option", { name: ja.common.all, exact: true }).click();
    await page.getByRole("button", { name: ja.audit.apply, exact: true }).click();
    await page.waitForURL(
      (url) => !url.searchParams.has("entity") && url.searchParams.get("action") === "read",
    );
  });
});
