import { areasForRole } from "@otagai/shared/platform/areas";
import { describe, expect, it } from "vitest";
import { field, heading, ja, loginAs } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

describe("accessibility (axe-core)", () => {
  const { open } = useBrowser();

  it("finds no serious or critical problem on the login page", async () => {
    const { page } = await open();
    await page.goto("/login");
    await heading(page, ja.login.title);
    expect(await seriousViolations(page)).toEqual([]);

    // With an error message showing, too.
    await page.getByRole("button", { name: ja.login.submit, exact: true }).click();
    await page
      .getByText(ja.validation.invalidEmail)
      .or(page.getByText(ja.validation.required))
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("finds no serious or critical problem on the pages of an administrator", async () => {
    const { page } = await open();
    await loginAs(page, "admin");

    const pages: { path: string; title: string }[] = [
      ...areasForRole("admin").map((area) => ({
        path: area.path,
        title:
          area.key === "dashboard"
            ? ja.dashboard.title
            : area.key === "admin"
              ? ja.admin.title
              : ja.areas[area.key].title,
      })),
      { path: "/admin/users", title: ja.users.title },
      { path: "/admin/users/new", title: ja.users.createTitle },
      { path: "/admin/audit", title: ja.audit.title },
      { path: "/admin/audit?kind=all", title: ja.audit.title },
      { path: "/account", title: ja.account.title },
      { path: "/no-such-page", title: ja.notFound.title },
    ];

    const results: Record<string, unknown> = {};
    for (const target of pages) {
      await page.goto(target.path);
      await heading(page, target.title);
      results[target.path] = await seriousViolations(page);
    }

    // A user's detail page (the first in the list).
    await page.goto("/admin/users");
    await page.getByRole("cell").first().waitFor();
    await page.getByRole("link", { name: "青木 はるか", exact: true }).click();
    await field(page, ja.fields.displayName).waitFor();
    results["/admin/users/:id"] = await seriousViolations(page);

    // The burger menu open on a phone.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/");
    await heading(page, ja.dashboard.title);
    await page.getByRole("button", { name: ja.layout.openNavigation }).click();
    results["/ (phone, menu open)"] = await seriousViolations(page);

    // The lists as cards on a phone.
    for (const target of [
      { path: "/admin/users", title: ja.users.title },
      { path: "/admin/audit", title: ja.audit.title },
    ]) {
      await page.goto(target.path);
      await heading(page, target.title);
      await page.getByRole("listitem").first().waitFor();
      results[`${target.path} (phone)`] = await seriousViolations(page);
    }

    expect(results).toEqual(Object.fromEntries(Object.keys(results).map((key) => [key, []])));
  });
});
