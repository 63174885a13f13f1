import { catalogs } from "@otagai/shared/i18n/catalogs";
import type { Role } from "@otagai/shared/platform/permissions";
import type { Page } from "playwright-core";
import { inject } from "vitest";

/** Every string of the app in each language, to find elements by what a person reads. */
export const { ja, en } = catalogs;

export function demoEmail(role: Role): string {
  return `${role}@demo.otagai.example`;
}

/** Logs in through the form, as a person would, and waits until the app has left the login page. */
export async function loginAs(page: Page, role: Role, password = inject("demoPassword")) {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/login")) await page.goto("/login");
  await field(page, ja.fields.email).fill(demoEmail(role));
  await field(page, ja.fields.password).fill(password);
  await page.getByRole("button", { name: ja.login.submit, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export async function heading(page: Page, name: string) {
  const locator = page.getByRole("heading", { level: 1, name, exact: true });
  await locator.waitFor({ state: "visible" });
  return locator;
}

export function mainNav(page: Page, label: string = ja.layout.mainNavigation) {
  return page.getByRole("navigation", { name: label, exact: true });
}

export function pathname(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Waits until no loading indicator of the app is left on the page. */
export async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector('[role="status"] .mantine-Loader-root'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An input by its label; a required field's label ends in Mantine's aria-hidden " *". */
export function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}
