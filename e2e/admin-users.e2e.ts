import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { field, fieldError, heading, ja, loginAs, mainNav } from "./support/app";
import { useBrowser } from "./support/browser";

// A fictional person; the address uses the reserved example domain.
const suffix = Date.now().toString(36);
const email = `e2e-${suffix}@example.org`;
const displayName = "山田 花子";
const initialPassword = "e2e-Sakura-passphrase-4821";

async function choose(page: Page, label: string, option: string) {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

async function openForm(page: Page, url: string) {
  await page.goto(url);
  await field(page, ja.fields.displayName).waitFor();
}

describe("admin users", () => {
  const { open } = useBrowser();

  it("creates a user, finds it, survives a stale edit from a second tab, and disables it", async () => {
    const { context, page } = await open();
    await loginAs(page, "admin");
    await page.goto("/admin/users");
    await heading(page, ja.users.title);
    await page.getByRole("link", { name: ja.users.newUser }).click();
    await heading(page, ja.users.createTitle);

    // Checked in the browser with the shared schema: nothing is sent.
    await page.getByRole("button", { name: ja.users.create, exact: true }).click();
    await page.getByText(ja.validation.required).first().waitFor();

    // A reading that is not kana: refused with a message that says what a reading is.
    await field(page, ja.fields.email).fill("admin@demo.otagai.example");
    await field(page, ja.fields.displayName).fill(displayName);
    await field(page, ja.fields.displayNameKana).fill("Smith John");
    await choose(page, ja.fields.role, ja.roles.coordinator);
    await field(page, ja.users.initialPassword).fill(initialPassword);
    await page.getByRole("button", { name: ja.users.create, exact: true }).click();
    await page.getByText(ja.validation.kanaReading).waitFor();
    expect(await fieldError(page, ja.fields.displayNameKana)).toBe(ja.validation.kanaReading);
    expect(
      await field(page, ja.fields.displayNameKana).evaluate((input) => input === document.activeElement),
    ).toBe(true);

    // A taken address: the server's answer, in Japanese, on the field too (not "not valid").
    await field(page, ja.fields.displayNameKana).fill("ﾔﾏﾀﾞ ﾊﾅｺ");
    await page.getByRole("button", { name: ja.users.create, exact: true }).click();
    await page.getByRole("alert").filter({ hasText: ja.errors.EMAIL_TAKEN }).waitFor();
    expect(await fieldError(page, ja.fields.email)).toBe(ja.errors.EMAIL_TAKEN);
    expect(await page.getByText(ja.validation.invalid).count()).toBe(0);

    await field(page, ja.fields.email).fill(email);
    await field(page, ja.fields.programIds).first().click();
    await page.getByRole("option").first().click();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: ja.users.create, exact: true }).click();
    await page.waitForURL((url) => /^\/admin\/users\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByText(ja.users.created).waitFor();
    const detailUrl = new URL(page.url()).pathname;
    // Half-width katakana folded to full width by the shared schema.
    expect(await field(page, ja.fields.displayNameKana).inputValue()).toBe("ヤマダ ハナコ");

    // In the list, found by the search box.
    await page.getByRole("link", { name: ja.users.backToList }).click();
    await heading(page, ja.users.title);
    await page.getByLabel(ja.users.searchLabel).fill(`e2e-${suffix}`);
    await page.keyboard.press("Enter");
    await page.getByRole("cell", { name: email, exact: true }).waitFor();
    expect(await page.getByRole("link", { name: displayName, exact: true }).count()).toBe(1);

    // Two tabs open the same record; the second saves first.
    await openForm(page, detailUrl);
    const second = await context.newPage();
    await openForm(second, detailUrl);
    await field(second, ja.fields.displayNameKana).fill("やまだ はなこ");
    await second.getByRole("button", { name: ja.common.save, exact: true }).click();
    await second.getByText(ja.common.saved).waitFor();

    await field(page, ja.fields.displayName).fill("山田 花子（いちばんめ）");
    await page.getByRole("button", { name: ja.common.save, exact: true }).click();
    const conflict = page.getByRole("alert").filter({ hasText: ja.users.staleTitle });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(ja.errors.STALE_UPDATE);

    await conflict.getByRole("button", { name: ja.users.reloadLatest }).click();
    await conflict.waitFor({ state: "detached" });
    expect(await field(page, ja.fields.displayNameKana).inputValue()).toBe("やまだ はなこ");
    expect(await field(page, ja.fields.displayName).inputValue()).toBe(displayName);
    await field(page, ja.fields.displayName).fill("山田 花子（いちばんめ）");
    await page.getByRole("button", { name: ja.common.save, exact: true }).click();
    await page.getByText(ja.common.saved).waitFor();
    await second.close();

    // Reset the password: the server's policy message shows under the input.
    const reset = page.getByRole("region", { name: ja.users.resetSection });
    await field(page, ja.fields.newPassword).fill("password1234");
    await reset.getByRole("button", { name: ja.users.resetSubmit }).click();
    await reset.getByText(ja.validation.passwordCommon).waitFor();
    expect(await field(page, ja.fields.newPassword).getAttribute("aria-invalid")).toBe("true");
    await field(page, ja.fields.newPassword).fill("e2e-Momiji-passphrase-9305");
    await reset.getByRole("button", { name: ja.users.resetSubmit }).click();
    await reset.getByText(ja.users.resetDone).waitFor();

    // Disable, after confirming.
    await page.getByRole("button", { name: ja.users.disable, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: ja.users.disableConfirmTitle });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: ja.users.disable, exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText(ja.users.disabled, { exact: true }).waitFor();
    const status = page.getByRole("region", { name: ja.users.statusSection });
    await status.getByText(ja.users.statuses.disabled, { exact: true }).waitFor();
    await status.getByRole("button", { name: ja.users.enable, exact: true }).waitFor();

    await page.goto(`/admin/users?status=disabled&q=${encodeURIComponent(email)}`);
    await page.getByRole("cell", { name: email, exact: true }).waitFor();

    // The disabled account cannot log in.
    const other = await open();
    await other.page.goto("/login");
    await field(other.page, ja.fields.email).fill(email);
    await field(other.page, ja.fields.password).fill("e2e-Momiji-passphrase-9305");
    await other.page.getByRole("button", { name: ja.login.submit, exact: true }).click();
    await other.page.getByRole("alert").waitFor();
    expect(new URL(other.page.url()).pathname).toBe("/login");
  });

  it("says why a search is refused instead of listing everyone", async () => {
    const { page } = await open();
    await loginAs(page, "admin");
    await page.goto("/admin/users");
    await page.getByRole("link", { name: "青木 はるか", exact: true }).waitFor();
    const tooLong = "や".repeat(101);
    await page.getByLabel(ja.users.searchLabel).fill(tooLong);
    await page.keyboard.press("Enter");
    await page.getByText(ja.validation.tooLong.replace("{{max}}", "100")).waitFor();
    expect(await page.getByLabel(ja.users.searchLabel).inputValue()).toBe(tooLong);
    expect(await page.getByRole("link", { name: "青木 はるか", exact: true }).count()).toBe(0);
  });

  it("keeps an administrator's own role fixed, and says a mistyped address names no user", async () => {
    const { page } = await open();
    await loginAs(page, "admin");
    await page.goto("/admin/users");
    await page.getByRole("link", { name: "青木 はるか", exact: true }).click();
    await field(page, ja.fields.displayName).waitFor();
    const role = page.getByRole("combobox", { name: ja.fields.role, exact: true });
    expect(await role.isDisabled()).toBe(true);
    await page.getByText(ja.users.ownRoleNote).waitFor();
    // Another person's role stays editable.
    await page.goto("/admin/users");
    await page.getByRole("link", { name: "井上 誠", exact: true }).click();
    await field(page, ja.fields.displayName).waitFor();
    expect(await role.isDisabled()).toBe(false);

    await page.goto("/admin/users/not-a-uuid");
    await heading(page, ja.notFound.title);
    await mainNav(page).getByRole("link", { name: ja.areas.admin.title, exact: true }).waitFor();
    expect(await page.getByText(ja.errors.VALIDATION_FAILED).count()).toBe(0);
    await page.goto("/admin/users/6f1c1d36-3c52-4b8e-9a55-2b1f0c6d9e11");
    await heading(page, ja.notFound.title);
  });

  it("lets a manager read users but not change them", async () => {
    const { page } = await open();
    await loginAs(page, "manager");
    await page.goto("/admin/users");
    await heading(page, ja.users.title);
    expect(await page.getByRole("link", { name: ja.users.newUser }).count()).toBe(0);
    await page.getByRole("link", { name: "青木 はるか", exact: true }).click();
    await page.getByText(ja.users.readOnlyNote).waitFor();
    expect(await page.getByRole("button", { name: ja.common.save, exact: true }).count()).toBe(0);
    await page.goto("/admin/users/new");
    await heading(page, ja.common.noPermissionTitle);
  });
});
