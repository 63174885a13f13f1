import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { apiPost, collectConsoleErrors, heading, ja, loginAs, settled } from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const d = ja.support.duplicates;
const fields = ja.support.participants.fields;

// Fictional people, with readings no other journey uses: two records of one person (the same
// reading in either script, the same birth date), and two people a manager knows to be different.
const first = {
  familyName: "鶴見",
  givenName: "環",
  familyNameKana: "つるみ",
  givenNameKana: "たまき",
  birthDate: "1984-02-02",
  phone: "045-222-3333",
};
const second = { ...first, familyNameKana: "ツルミ", givenNameKana: "タマキ", phone: "090-5555-6666" };
const namesake = {
  familyName: "水無瀬",
  givenName: "朔",
  familyNameKana: "みなせ",
  givenNameKana: "さく",
  birthDate: "1991-10-10",
};

/** Registers a person through the API, as a likely duplicate saved anyway when it is one. */
async function register(page: Page, person: Record<string, string>, matchIds: string[] = []) {
  const response = await apiPost(page, "/api/participants", {
    ...person,
    ...(matchIds.length > 0 ? { duplicateOverride: { reason: "e2e: 登録し直し", matchIds } } : {}),
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

/** Starts a sweep and waits until the page, polling its progress, has seen it finish. */
async function sweep(page: Page) {
  const finished = page.waitForResponse(
    async (response) =>
      response.url().endsWith("/api/duplicate-sweeps/latest") &&
      ((await response.json()) as { sweep: { status: string } | null }).sweep?.status === "finished",
    { timeout: 60_000 },
  );
  await page.getByRole("button", { name: /^(重複を調べる|もう一度調べる)$/ }).click();
  await finished;
  await page.getByText(/に調べ終わりました。候補は\d+組でした。/).waitFor();
  await settled(page);
}

describe("support: duplicates and merging", () => {
  const { open } = useBrowser();

  it("finds two records of one person, merges them field by field and goes to the kept record", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "manager");
    const firstId = await register(page, first);
    const secondId = await register(page, second, [firstId]);
    const namesakeA = await register(page, namesake);
    const namesakeB = await register(page, { ...namesake, givenName: "朔也" }, [namesakeA]);

    await page.goto("/support");
    await page.getByRole("link", { name: ja.support.home.duplicates, exact: true }).click();
    await heading(page, d.title);
    expect(await seriousViolations(page)).toEqual([]);
    await sweep(page);
    expect(await seriousViolations(page)).toEqual([]);

    // The two records of 鶴見 環: compare them.
    const names = { first: "鶴見 環", second: "鶴見 環" };
    await page.getByRole("link", { name: fill(d.pairs.compareLabel, names) }).click();
    await heading(page, d.merge.title);
    // Record A is the pair's first (the smaller id), kept unless another is chosen.
    const [keptId, mergedId] = [firstId, secondId].sort() as [string, string];
    const keptPhone = keptId === firstId ? first.phone : second.phone;
    const otherPhone = keptId === firstId ? second.phone : first.phone;
    await page.getByText(fill(d.merge.valueOption, { label: d.merge.recordA, value: keptPhone })).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The other's phone number is kept instead of record A's.
    const phone = page.getByRole("radiogroup", { name: fields.phone });
    await phone
      .getByRole("radio", { name: fill(d.merge.valueOption, { label: d.merge.recordB, value: otherPhone }) })
      .check();
    await page.getByRole("button", { name: d.merge.submit, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: d.merge.confirmTitle });
    await dialog.getByRole("button", { name: d.merge.confirm, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/support/participants/${keptId}`);
    // The kept record's page (not the merge page still shown while it loads).
    await heading(page, "鶴見 環");
    await page.getByText(otherPhone, { exact: true }).first().waitFor();
    expect(await page.getByText(keptPhone).count()).toBe(0);

    // The merged-away record's address leads to the kept one.
    await page.goto(`/support/participants/${mergedId}`);
    await page.waitForURL((url) => url.pathname === `/support/participants/${keptId}`);

    // Two different people: "not a duplicate", gone from the list.
    await page.goto("/support/duplicates");
    await heading(page, d.title);
    const namesakes = { first: "水無瀬 朔", second: "水無瀬 朔也" };
    const [lowName, highName] =
      namesakeA < namesakeB ? [namesakes.first, namesakes.second] : [namesakes.second, namesakes.first];
    const dismiss = page.getByRole("button", {
      name: fill(d.pairs.dismissLabel, { first: lowName, second: highName }),
    });
    await dismiss.click();
    const confirm = page.getByRole("dialog", { name: d.pairs.dismissTitle });
    await confirm.getByRole("button", { name: d.pairs.dismiss, exact: true }).click();
    await page.getByText(d.pairs.dismissed).waitFor();
    await dismiss.waitFor({ state: "detached" });
    expect(consoleErrors).toEqual([]);
  });

  it("shows the pairs as cards on a phone", async () => {
    const { page } = await open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await loginAs(page, "manager");
    await page.goto("/support/duplicates");
    await heading(page, d.title);
    await sweep(page);
    await page.getByRole("list", { name: d.pairs.tableCaption }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("is not offered to a coordinator", async () => {
    const { page } = await open();
    await loginAs(page, "coordinator");
    await page.goto("/support");
    await heading(page, ja.areas.support.title);
    expect(await page.getByRole("link", { name: ja.support.home.duplicates, exact: true }).count()).toBe(0);
  });
});
