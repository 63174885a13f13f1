import { catalogs } from "@otagai/shared/i18n/catalogs";
import type { Role } from "@otagai/shared/platform/permissions";
import type { Locator, Page } from "playwright-core";
import { inject } from "vitest";

/** Every string of the app in each language, to find elements by what a person reads. */
export const { ja, en } = catalogs;

export function demoEmail(role: Role): string {
  return `${role}@demo.otagai.example`;
}

/** Logs in through the (Japanese) form, as a person would, and waits until the app has left the login page. */
export async function loginWith(page: Page, email: string, password: string) {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/login")) await page.goto("/login");
  await field(page, ja.fields.email).fill(email);
  await field(page, ja.fields.password).fill(password);
  await page.getByRole("button", { name: ja.login.submit, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Logs in as the demo account of a role. */
export async function loginAs(page: Page, role: Role, password = inject("demoPassword")) {
  await loginWith(page, demoEmail(role), password);
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

/** The message shown under an input (Mantine links it by aria-describedby), or "" when none. */
export async function fieldError(page: Page, label: string): Promise<string> {
  return field(page, label).evaluate((input) => {
    const ids = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    return ids
      .map((id) => document.getElementById(id))
      .filter((node) => node?.className.includes("error"))
      .map((node) => node?.textContent ?? "")
      .join(" ");
  });
}

/** A change through the API from a signed-in page, with its CSRF token, as the app would send it. */
export async function apiPost(page: Page, url: string, data: unknown = {}) {
  const session = (await (await page.request.get("/api/auth/session")).json()) as { csrfToken: string };
  return page.request.post(url, { headers: { "x-csrf-token": session.csrfToken }, data });
}

/**
 * Errors the app writes to the browser console (stack traces of caught errors, failed renders).
 * Chromium's own line for a failed request ("Failed to load resource") is the network, not the app.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** A catalog string with its {{placeholders}} filled, as the page shows it. */
export function text(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
}

/** An accessible name as a field shows it: the label, with " *" after it when required. */
export function fieldLabel(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
}

/** Picks `option` in the select (combobox) labelled `name` inside `scope`. */
export async function chooseOption(page: Page, scope: Locator, name: string, option: string) {
  await scope.getByRole("combobox", { name: fieldLabel(name) }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}
