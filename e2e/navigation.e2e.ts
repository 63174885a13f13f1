import { areasForRole } from "@otagai/shared/platform/areas";
import { describe, expect, it } from "vitest";
import { heading, ja, loginAs, mainNav, pathname } from "./support/app";
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

    await page.goto("/no-such-page");
    await heading(page, ja.notFound.title);
  });

  it("does not show Admin to a coordinator, and refuses the address typed by hand", async () => {
    const { page } = await open();
    await loginAs(page, "coordinator");
    await heading(page, ja.dashboard.title);
    const nav = mainNav(page);
    await nav.getByRole("link", { name: ja.areas.support.title, exact: true }).waitFor();
    expect(await nav.getByRole("link", { name: ja.areas.admin.title, exact: true }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: ja.areas.publications.title, exact: true }).count()).toBe(0);

    await page.goto("/admin/users");
    await heading(page, ja.common.noPermissionTitle);
    expect(pathname(page)).toBe("/admin/users");
    const api = await page.request.get("/api/users");
    expect(api.status()).toBe(403);
  });

  it("starts a partner workplace at its own area", async () => {
    const { page } = await open();
    await loginAs(page, "partner");
    await page.waitForURL((url) => url.pathname === "/support");
    await heading(page, ja.areas.support.title);
    expect(await mainNav(page).getByRole("link").count()).toBe(1);
  });
});
