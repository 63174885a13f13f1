import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiPost, field, heading, ja, loginAs } from "./support/app";
import { useBrowser } from "./support/browser";

// A fictional colleague of our own: locking a shared demo account would break the other journeys.
const email = `e2e-lockout-${Date.now().toString(36)}@example.org`;
const password = "e2e-Hinoki-passphrase-7731";
const displayName = "石田 みのり";

/** Sends the login form and waits for the server's answer; returns its status. */
async function submitLogin(page: Page): Promise<number> {
  const answer = page.waitForResponse((response) => response.url().endsWith("/api/auth/login"));
  await page.getByRole("button", { name: ja.login.submit, exact: true }).click();
  return (await answer).status();
}

describe("a locked account", () => {
  const { open } = useBrowser();

  it("tells the person until when, shows the administrator the lock, and lifts it on request", async () => {
    const admin = await open();
    await loginAs(admin.page, "admin");
    const created = await apiPost(admin.page, "/api/users", {
      email,
      displayName,
      displayNameKana: "いしだ みのり",
      role: "staff",
      password,
    });
    expect(created.status()).toBe(201);
    const userId = ((await created.json()) as { id: string }).id;

    // Five wrong passwords lock the account; the login page shows the server's words, with the time.
    const { page } = await open();
    await page.goto("/login");
    await field(page, ja.fields.email).fill(email);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await field(page, ja.fields.password).fill(`wrong-password-${attempt}`);
      await submitLogin(page);
    }
    await field(page, ja.fields.password).fill(password);
    expect(await submitLogin(page)).toBe(429);
    const locked = page.getByRole("alert").filter({ hasText: /\d{1,2}:\d{2}/ });
    await locked.waitFor();
    const [before] = ja.errors.ACCOUNT_LOCKED.split("{{time}}");
    expect(await locked.textContent()).toContain(before);
    expect(new URL(page.url()).pathname).toBe("/login");

    // The administrator sees until when, and unlocks.
    await admin.page.goto(`/admin/users/${userId}`);
    await heading(admin.page, displayName);
    const status = admin.page.getByRole("region", { name: ja.users.statusSection });
    await status.getByText(ja.users.lockedUntil.split("（")[0] as string).waitFor();
    await status.getByRole("button", { name: ja.users.unlock, exact: true }).click();
    await admin.page.getByText(ja.users.unlocked).waitFor();
    expect(await status.getByRole("button", { name: ja.users.unlock, exact: true }).count()).toBe(0);

    // The person can log in again.
    await page.getByRole("button", { name: ja.login.submit, exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await heading(page, ja.dashboard.title);
  });
});
