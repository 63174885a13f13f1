import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { apiPost, field, heading, ja, loginAs } from "./support/app";
import { useBrowser } from "./support/browser";

// No lost input (issue 10), on a form that has its draft on the server: an administrator editing a
// colleague's account (users.edit). The support forms use the same hook (useSchemaForm's `draft`).

const suffix = Date.now().toString(36);
let people = 0;

/** A fictional colleague's account, made through the API; its id. */
async function newColleague(page: Page): Promise<string> {
  people += 1;
  const created = await apiPost(page, "/api/users", {
    email: `e2e-draft-${suffix}-${people}@example.org`,
    displayName: "下書 試験",
    displayNameKana: "したがき しけん",
    role: "staff",
    password: "e2e-Kusunoki-passphrase-3390",
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

async function openForm(page: Page, id: string) {
  await page.goto(`/admin/users/${id}`);
  await field(page, ja.fields.displayName).waitFor();
}

/** Types, then waits until the draft has reached the server (~1.5 s after typing stops). */
async function typeAndWaitForDraft(page: Page, value: string) {
  const saved = page.waitForResponse(
    (response) => response.url().includes("/api/drafts/users.edit") && response.request().method() === "PUT",
  );
  await field(page, ja.fields.displayName).fill(value);
  expect((await saved).status()).toBe(200);
  await page
    .getByTestId("draft-status")
    .filter({ hasText: ja.drafts.saved.split("（")[0] as string })
    .waitFor();
}

function restoreDialog(page: Page) {
  return page.getByRole("dialog", { name: ja.drafts.restoreTitle });
}

async function draftStatus(context: BrowserContext, id: string): Promise<number> {
  return (await context.request.get(`/api/drafts/users.edit?recordKey=${id}`)).status();
}

describe("drafts: nothing typed is lost", () => {
  const { open } = useBrowser();

  it("restores a draft after the tab was closed, and drops it once saved", async () => {
    const { context, page } = await open();
    await loginAs(page, "admin");
    const id = await newColleague(page);

    await openForm(page, id);
    await typeAndWaitForDraft(page, "下書 復元");
    await page.close();

    const again = await context.newPage();
    await openForm(again, id);
    const dialog = restoreDialog(again);
    await dialog.waitFor();
    expect(await dialog.getByText(ja.drafts.changedSince).count()).toBe(0);
    await dialog.getByRole("button", { name: ja.drafts.restore, exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await field(again, ja.fields.displayName).inputValue()).toBe("下書 復元");

    await again.getByRole("button", { name: ja.common.save, exact: true }).click();
    await again.getByText(ja.common.saved, { exact: true }).waitFor();
    await heading(again, "下書 復元");
    expect(await draftStatus(context, id)).toBe(404);

    // Opened again: nothing to restore.
    await openForm(again, id);
    await again.waitForLoadState("networkidle");
    expect(await restoreDialog(again).count()).toBe(0);
  });

  it("says the record changed since the draft, and discarding it keeps the newer record", async () => {
    const { context, page } = await open();
    await loginAs(page, "admin");
    const id = await newColleague(page);

    await openForm(page, id);
    await typeAndWaitForDraft(page, "下書 古い版");
    await page.close();

    // Someone else saves the record meanwhile.
    const admin = await context.newPage();
    const current = (await (await admin.request.get(`/api/users/${id}`)).json()) as { version: number };
    const session = (await (await admin.request.get("/api/auth/session")).json()) as { csrfToken: string };
    const changed = await admin.request.patch(`/api/users/${id}`, {
      headers: { "x-csrf-token": session.csrfToken },
      data: { version: current.version, displayName: "下書 新しい版" },
    });
    expect(changed.status(), await changed.text()).toBe(200);

    await openForm(admin, id);
    const dialog = restoreDialog(admin);
    await dialog.getByText(ja.drafts.changedSince).waitFor();
    await dialog.getByRole("button", { name: ja.drafts.discard, exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await field(admin, ja.fields.displayName).inputValue()).toBe("下書 新しい版");
    await expect.poll(() => draftStatus(context, id), { timeout: 10_000 }).toBe(404);
  });

  it("keeps the draft in the browser while offline, and offers it on the next visit", async () => {
    const { context, page } = await open();
    await loginAs(page, "admin");
    const id = await newColleague(page);
    await openForm(page, id);

    await context.setOffline(true);
    await field(page, ja.fields.displayName).fill("下書 圏外");
    await page
      .getByTestId("draft-status")
      .filter({ hasText: ja.drafts.savedLocally.split("（")[0] as string })
      .waitFor();
    const kept = await page.evaluate(
      (recordId) =>
        Object.keys(window.localStorage).filter((key) => key.endsWith(`:users.edit:${recordId}`)).length,
      id,
    );
    expect(kept).toBe(1);
    await page.close();
    await context.setOffline(false);
    expect(await draftStatus(context, id)).toBe(404);

    const again = await context.newPage();
    await openForm(again, id);
    const dialog = restoreDialog(again);
    await dialog.getByRole("button", { name: ja.drafts.restore, exact: true }).click();
    expect(await field(again, ja.fields.displayName).inputValue()).toBe("下書 圏外");
    // Restored, it goes to the server as soon as typing pauses again.
    await field(again, ja.fields.displayName).fill("下書 圏外から");
    await expect.poll(() => draftStatus(context, id), { timeout: 10_000 }).toBe(200);
  });

  it("asks for the password again over the page when the session expired, keeps the form and resends nothing", async () => {
    const { page } = await open();
    await loginAs(page, "admin");
    const id = await newColleague(page);
    await openForm(page, id);
    const email = (
      (await (await page.request.get("/api/auth/session")).json()) as { user: { email: string } }
    ).user.email;

    const patches: number[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith(`/api/users/${id}`) && response.request().method() === "PATCH")
        patches.push(response.status());
    });

    await field(page, ja.fields.displayName).fill("下書 期限切れ");
    // The session ends on the server (as after the idle timeout) while the form is open.
    expect((await apiPost(page, "/api/auth/logout")).status()).toBe(200);

    await page.getByRole("button", { name: ja.common.save, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: ja.sessionExpired.title });
    await dialog.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/admin/users/${id}`);
    expect(await dialog.getByRole("textbox", { name: ja.sessionExpired.signedInAs }).inputValue()).toBe(
      email,
    );

    // A wrong password is told in the dialog; the right one closes it.
    await field(page, ja.fields.password).fill("not-the-password-at-all");
    await dialog.getByRole("button", { name: ja.sessionExpired.submit, exact: true }).click();
    await dialog.getByText(ja.errors.LOGIN_FAILED).waitFor();
    await field(page, ja.fields.password).fill(inject("demoPassword"));
    await dialog.getByRole("button", { name: ja.sessionExpired.submit, exact: true }).click();
    await dialog.waitFor({ state: "detached" });

    // The form is as it was, and nothing was sent again on its own.
    expect(await field(page, ja.fields.displayName).inputValue()).toBe("下書 期限切れ");
    await page.waitForLoadState("networkidle");
    expect(patches).toEqual([401]);

    await page.getByRole("button", { name: ja.common.save, exact: true }).click();
    await page.getByText(ja.common.saved, { exact: true }).waitFor();
    expect(patches).toEqual([401, 200]);
    await heading(page, "下書 期限切れ");
  });
});
