import { describe, expect, it } from "vitest";
import { apiPost, en, heading, ja, loginAs, loginWith, pathname } from "./support/app";
import { useBrowser } from "./support/browser";

// A shared office PC: one browser, two tabs. A tab left open by one person must not act for the
// next person who logs in, in another tab, since then.

const suffix = Date.now().toString(36);
const first = {
  email: `e2e-tab-a-${suffix}@example.org`,
  displayName: "早川 春香",
  displayNameKana: "はやかわ はるか",
  password: "e2e-Sazanka-passphrase-4417",
};
const second = {
  email: `e2e-tab-b-${suffix}@example.org`,
  displayName: "森田 湊",
  displayNameKana: "もりた みなと",
  password: "e2e-Hinoki-passphrase-2093",
};

const returning = {
  email: `e2e-tab-c-${suffix}@example.org`,
  displayName: "西田 結衣",
  displayNameKana: "にしだ ゆい",
  password: "e2e-Kunugi-passphrase-6158",
};

type SessionState = { user: { id: string; email: string; locale: string } | null };

describe("a stale tab after someone else logged in", () => {
  const { open } = useBrowser();

  it("does not send its change as the new user: it goes to the login page instead", async () => {
    const admin = await open();
    await loginAs(admin.page, "admin");
    const ids: string[] = [];
    for (const person of [first, second]) {
      const created = await apiPost(admin.page, "/api/users", { ...person, role: "staff" });
      expect(created.status(), await created.text()).toBe(201);
      ids.push(((await created.json()) as { id: string }).id);
    }

    // Tab 1: the first person, on the account page.
    const { context, page } = await open();
    await loginWith(page, first.email, first.password);
    await page.goto("/account");
    await heading(page, ja.account.title);

    // Tab 2, same browser: the first person logs out, the second logs in.
    const other = await context.newPage();
    await other.goto("/account");
    await heading(other, ja.account.title);
    await other.getByRole("button", { name: ja.layout.userMenu }).click();
    await other.getByRole("menuitem", { name: ja.layout.logout }).click();
    await other.waitForURL((url) => url.pathname === "/login");
    await loginWith(other, second.email, second.password);

    // Back in tab 1, still showing the first person's page: a change (the language, saved to the account).
    const saves: number[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith("/api/auth/preferences")) saves.push(response.status());
    });
    await page.locator("label").filter({ hasText: "English" }).click();

    // Tab 1 is sent to log in; the change was not sent again with the second person's token.
    await page.waitForURL((url) => url.pathname === "/login");
    expect(pathname(page)).toBe("/login");
    expect(saves).toEqual([403]);

    // The second person's session and account are untouched, and so is the first person's account.
    const session = (await (await other.request.get("/api/auth/session")).json()) as SessionState;
    expect(session.user).toMatchObject({ email: second.email, locale: "ja" });
    for (const id of ids) {
      const user = (await (await admin.page.request.get(`/api/users/${id}`)).json()) as { locale: string };
      expect(user.locale).toBe("ja");
    }
    const trail = await admin.page.request.get(`/api/audit-events?recordId=${ids[1]}&action=update`);
    expect(trail.status()).toBe(200);
    expect(((await trail.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it("still sends the change when the same person logged in again in the other tab", async () => {
    const admin = await open();
    await loginAs(admin.page, "admin");
    const created = await apiPost(admin.page, "/api/users", { ...returning, role: "staff" });
    expect(created.status(), await created.text()).toBe(201);

    const { context, page } = await open();
    await loginWith(page, returning.email, returning.password);
    await page.goto("/account");
    await heading(page, ja.account.title);

    // A new session of the same person in another tab: a new CSRF token, which tab 1 has not seen.
    const other = await context.newPage();
    await other.goto("/account");
    await other.getByRole("button", { name: ja.layout.userMenu }).click();
    await other.getByRole("menuitem", { name: ja.layout.logout }).click();
    await other.waitForURL((url) => url.pathname === "/login");
    await loginWith(other, returning.email, returning.password);

    const saves: number[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith("/api/auth/preferences")) saves.push(response.status());
    });
    await page.locator("label").filter({ hasText: "English" }).click();
    await heading(page, en.account.title);
    await page.getByText(en.account.languageSaved).waitFor();

    expect(saves).toEqual([403, 200]);
    expect(pathname(page)).toBe("/account");
    const session = (await (await other.request.get("/api/auth/session")).json()) as SessionState;
    expect(session.user).toMatchObject({ email: returning.email, locale: "en" });
  });
});
