import { areasForRole } from "@otagai/shared/platform/areas";
import { describe, expect, it } from "vitest";
import { collectConsoleErrors, heading, ja, loginAs, mainNav, pathname } from "./support/app";
import { useBrowser } from "./support/browser";

describe("navigation", () => {
  const { open } = useBrowser();

  it("opens every area an administrator may see from the menu", async () => {
    const { page } = await open();
    await loginAs(page, "admin");
    await heading(page, ja.dashboard.title);
    const nav = mainNav(page);

    for (const area of areasForRole("admin")) {
      const title = ja.areas[area.key].title;
      await nav.getByRole("link", { name: title, exact: true }).click();
      await page.waitForURL((url) => url.pathname === area.path);
      await heading(
        page,
        area.key === "dashboard" ? ja.dashboard.title : area.key === "admin" ? ja.admin.title : title,
      );
      if (!area.built) {
        await page.getByText(ja.coming.badge, { exact: true }).waitFor();
        await page.getByText(ja.areas[area.key].description).waitFor();
      }
      const current = nav.getByRole("link", { name: title, exact: true });
      expect(await current.getAttribute("aria-current")).toBe("page");
    }

    await page.getByRole("link", { name: ja.admin.usersLink }).click();
    await heading(page, ja.users.title);
    await page.goto("/admin");
    await page.getByRole("link", { name: ja.admin.auditLink }).click();
    await heading(page, ja.audit.title);

    // An unknown address: "not found" inside the layout, with the header and the menu to go on from.
    await page.goto("/no-such-page");
    await heading(page, ja.notFound.title);
    await mainNav(page).getByRole("link", { name: ja.areas.dashboard.title, exact: true }).waitFor();
    await page.getByRole("button", { name: ja.layout.userMenu }).waitFor();
  });

  it("does not show Admin to a coordinator, and refuses the address typed by hand", async () => {
    const { page } = await open();
    await loginAs(page, "coordinator");
    await heading(page, ja.dashboard.title);
    const nav = mainNav(page);
    await nav.getByRole("link", { name: ja.areas.support.title, exact: true }).waitFor();
    expect(await nav.getByRole("link", { name: ja.areas.admin.title, exact: true }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: ja.areas.publications.title, exact: true }).count()).toBe(0);

    const consoleErrors = collectConsoleErrors(page);
    await page.goto("/admin/users");
    await heading(page, ja.common.noPermissionTitle);
    expect(pathname(page)).toBe("/admin/users");
    const api = await page.request.get("/api/users");
    expect(api.status()).toBe(403);
    // "No permission" is an answer, not a fault: nothing for the console.
    await page.goto("/admin/audit");
    await heading(page, ja.common.noPermissionTitle);
    expect(consoleErrors).toEqual([]);
  });

  it("shows each role its own dashboard: a coordinator's programs, not the administrator's figures", async () => {
    const { page } = await open();
    await loginAs(page, "coordinator");
    await heading(page, ja.dashboard.title);
    const programs = page.getByRole("region", { name: ja.dashboard.myPrograms });
    await programs.getByRole("listitem").first().waitFor();
    expect(await programs.getByRole("listitem").count()).toBeGreaterThan(0);
    for (const label of [
      ja.dashboard.activeSessions,
      ja.dashboard.auditEventsToday,
      ja.dashboard.usersByRole,
    ]) {
      expect(await page.getByRole("region", { name: label }).count(), label).toBe(0);
    }

    const admin = await open();
    await loginAs(admin.page, "admin");
    await admin.page.getByRole("region", { name: ja.dashboard.auditEventsToday }).waitFor();
  });

  it("promises a manager on the admin page only what a manager can do", async () => {
    const { page } = await open();
    await loginAs(page, "manager");
    await page.goto("/admin");
    await heading(page, ja.admin.title);
    await page.getByText(ja.admin.leadReadOnly).waitFor();
    await page.getByText(ja.admin.usersDescriptionReadOnly).waitFor();
    expect(await page.getByText(ja.admin.lead).count()).toBe(0);
    expect(await page.getByText(ja.admin.usersDescription).count()).toBe(0);
    expect(await page.getByRole("link", { name: ja.admin.auditLink }).count()).toBe(0);
  });

  it("starts a partner workplace at its own area", async () => {
    const { page } = await open();
    await loginAs(page, "partner");
    await page.waitForURL((url) => url.pathname === "/portal");
    await heading(page, ja.support.placements.portal.title);
    expect(await mainNav(page).getByRole("link").count()).toBe(1);
  });
});
