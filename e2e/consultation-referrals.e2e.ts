import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { collectConsoleErrors, field, heading, ja, loginAs, settled } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const r = ja.consultation.referrals;
// The demo data's consent (server/src/modules/consultation/referrals/referrals.demo.ts).
const demoAgency = "みなと北ハローワーク";
const demoPurpose = "就労支援のための情報提供";

type Json = Record<string, unknown>;

async function getJson<T = Json>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

/** A demo consultation whose registered participant consented to the demo agency for the demo purpose. */
async function consentedConsultation(page: Page): Promise<string> {
  const list = await getJson<{ items: { id: string; participantId: string | null }[] }>(
    page,
    "/api/consultations?pageSize=100",
  );
  for (const item of list.items) {
    if (!item.participantId) continue;
    const person = await getJson<{
      consents: { agency: string; purpose: string; withdrawnOn: string | null }[];
    }>(page, `/api/participants/${item.participantId}`);
    if (
      person.consents.some(
        (consent) => consent.agency === demoAgency && consent.purpose === demoPurpose && !consent.withdrawnOn,
      )
    )
      return item.id;
  }
  throw new Error("no demo consultation with a consent");
}

async function refer(page: Page, purpose: string) {
  await page.getByRole("button", { name: r.section.new }).click();
  const dialog = page.getByRole("dialog", { name: r.form.title });
  await dialog.waitFor();
  await dialog.getByRole("combobox", { name: new RegExp(`^${r.form.agency}`) }).click();
  await page.getByRole("option", { name: demoAgency, exact: true }).click();
  await dialog.getByLabel(new RegExp(`^${r.form.purpose}( \\*)?$`)).fill(purpose);
  await dialog.getByLabel(new RegExp(`^${r.form.reason}( \\*)?$`)).fill("求職登録と職業相談のため");
  return dialog;
}

describe("referrals from the consultation desk", () => {
  const { open } = useBrowser();

  it("refers with consent (details shared), without (recorded without them, and why), and records the result", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "consultant");

    // The directory of agencies, searched by name.
    await page.goto("/consultation/agencies");
    await heading(page, r.agencies.title);
    await field(page, r.agencies.search).fill("みなと北");
    await page.getByRole("row").filter({ hasText: demoAgency }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const id = await consentedConsultation(page);
    await page.goto(`/consultation/consultations/${id}`);
    await heading(page, ja.consultation.form.editTitle);
    await page.getByRole("heading", { name: r.section.heading }).waitFor();

    // With the consent's purpose: the form says so beforehand, and the details go.
    let dialog = await refer(page, demoPurpose);
    // 「この紹介先・目的への同意があります（…）」: said before sending.
    await dialog.getByText(r.form.consent.given.split("（")[0] ?? "").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: r.form.submit }).click();
    await page.getByText(r.outcome.given).waitFor();

    // Another purpose: no consent for it, so recorded without personal details, and the screen says why.
    dialog = await refer(page, "家計の見直しのための情報提供");
    await dialog.getByRole("button", { name: r.form.submit }).click();
    await page.getByText(r.outcome.missing).waitFor();
    await settled(page);
    const rows = page.getByRole("row").filter({ hasText: demoAgency });
    expect(await rows.filter({ hasText: r.section.shared }).count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: r.section.notShared }).count()).toBeGreaterThan(0);

    // The result: accepted, then the agency's answer.
    await rows.filter({ hasText: "家計の見直し" }).first().getByRole("link").click();
    await page.waitForURL((url) => /^\/consultation\/referrals\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole("heading", { name: r.page.update }).waitFor();
    expect(await page.getByText(r.page.notShared).count()).toBe(1);
    await page.getByRole("combobox", { name: r.page.nextStatus }).click();
    await page.getByRole("option", { name: r.statuses.accepted, exact: true }).click();
    await page.getByRole("button", { name: r.common.save }).click();
    await page.getByText(r.page.saved).waitFor();
    await settled(page);
    await page.getByRole("combobox", { name: r.page.nextStatus }).click();
    await page.getByRole("option", { name: r.statuses.result_received, exact: true }).click();
    await field(page, r.page.result).fill("求職登録を済ませ、職業相談を始めたと連絡があった");
    await page.getByRole("button", { name: r.common.save }).click();
    await page.getByText("求職登録を済ませ、職業相談を始めたと連絡があった").first().waitFor();
    await settled(page);
    expect(await page.getByText(r.statuses.result_received).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
