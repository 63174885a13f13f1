import { describe, expect, it } from "vitest";
import { en, field, heading, ja, loginAs } from "./support/app";
import { useBrowser } from "./support/browser";

// A fictional colleague of our own, so that changing the password touches no shared demo account.
const email = `e2e-account-${Date.now().toString(36)}@example.org`;
const firstPassword = "e2e-Kaede-passphrase-1147";
const secondPassword = "e2e-Tsubaki-passphrase-5862";

describe("account", () => {
  const { open } = useBrowser();

  it("changes one's own password and language", async () => {
    const admin = await open();
    await loginAs(admin.page, "admin");
    const session = (await (await admin.page.request.get("/api/auth/session")).json()) as {
      csrfToken: string;
    };
    const created = await admin.page.request.post("/api/users", {
      headers: { "x-csrf-token": session.csrfToken },
      data: {
        email,
        displayName: "川村 葵",
        displayNameKana: "かわむら あおい",
        role: "staff",
        password: firstPassword,
      },
    });
    expect(created.status()).toBe(201);

    const { page } = await open();
    await page.goto("/login");
    await field(page, ja.fields.email).fill(email);
    await field(page, ja.fields.password).fill(firstPassword);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("button", { name: ja.layout.userMenu }).click();
    await page.getByRole("menuitem", { name: ja.layout.account }).click();
    await heading(page, ja.account.title);
    await page.getByText(ja.account.passwordPolicy).first().waitFor();

    const submit = page.getByRole("button", { name: ja.account.changePassword });
    // Checked in the browser: too short, and the two new passwords differ.
    await field(page, ja.fields.currentPassword).fill(firstPassword);
    await field(page, ja.fields.newPassword).fill("short");
    await submit.click();
    await page.getByText(ja.validation.tooShort.replace("{{min}}", "12")).waitFor();
    await field(page, ja.fields.newPassword).fill(secondPassword);
    await field(page, ja.account.confirmPassword).fill(`${secondPassword}x`);
    await submit.click();
    await page.getByText(ja.account.passwordMismatch).waitFor();

    // Checked by the server: the current password is wrong.
    await field(page, ja.fields.currentPassword).fill("not-the-current-one");
    await field(page, ja.account.confirmPassword).fill(secondPassword);
    await submit.click();
    await page.getByText(ja.errors.PASSWORD_WRONG).first().waitFor();

    await field(page, ja.fields.currentPassword).fill(firstPassword);
    await submit.click();
    await page.getByText(ja.account.passwordChanged).waitFor();

    // The language, saved to the account.
    await page.locator("label").filter({ hasText: "English" }).click();
    await heading(page, en.account.title);
    await page.getByText(en.account.languageSaved).waitFor();

    // The new password works (and the English choice comes back with the account).
    const again = await open();
    await again.page.goto("/login");
    await field(again.page, ja.fields.email).fill(email);
    await field(again.page, ja.fields.password).fill(secondPassword);
    await again.page.keyboard.press("Enter");
    await again.page.waitForURL((url) => url.pathname === "/");
    await heading(again.page, en.dashboard.title);
  });
});
