import { describe, expect, it } from "vitest";
import {
  chooseOption,
  collectConsoleErrors,
  field,
  fieldError,
  heading,
  ja,
  loginAs,
  settled,
} from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const o = ja.network.officers;

function japanDay(offsetDays = 0): string {
  const now = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
}

describe("officers (役員)", () => {
  const { open } = useBrowser();

  it("shows the board as of today and of a past day, and adds, corrects and deletes a term", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "staff");

    // Today's board (demo data), from the network's front page, grouped by role.
    await page.goto("/network");
    await heading(page, ja.network.title);
    await page.getByRole("link", { name: ja.network.nav.officers }).first().click();
    await heading(page, o.title);
    await settled(page);
    const board = page.getByRole("region", { name: o.board.heading });
    await board.getByRole("heading", { name: new RegExp(`^${ja.officerRoles.chair}`) }).waitFor();
    await board.getByRole("link", { name: "山川 和子" }).waitFor();
    await board.getByRole("link", { name: "松本 香織" }).waitFor();
    expect(await board.getByRole("link", { name: "佐藤 光子" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The previous term's board, as of a past day.
    await field(page, o.board.on).fill(japanDay(-400));
    await board.getByRole("link", { name: "佐藤 光子" }).waitFor();
    expect(await board.getByRole("link", { name: "石井 直子" }).count()).toBe(0);

    // A new term: a term ending before it starts is refused next to the field, in Japanese.
    await page.getByRole("link", { name: o.add }).click();
    await heading(page, o.newTitle);
    const form = page.locator("form");
    await field(page, o.fields.name).fill("試験 一郎");
    await field(page, o.fields.nameKana).fill("しけん いちろう");
    await chooseOption(page, form, o.fields.role, ja.officerRoles.chair);
    await field(page, o.fields.termStartsOn).fill(japanDay());
    await field(page, o.fields.termEndsOn).fill(japanDay(-1));
    await page.getByRole("button", { name: o.save, exact: true }).click();
    expect(await fieldError(page, o.fields.termEndsOn)).toContain(ja.validation.officerTermOrder);
    expect(await seriousViolations(page)).toEqual([]);

    // A second 理事長 on the same days: saved, with a warning naming today's chair.
    await field(page, o.fields.termEndsOn).fill(japanDay(700));
    await page.getByRole("button", { name: o.save, exact: true }).click();
    const warning = page.getByRole("alert").filter({ hasText: o.overlapTitle });
    await warning.getByText(/山川 和子/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await warning.getByRole("link", { name: o.openSaved }).click();
    await page.waitForURL((url) => /^\/network\/officers\/[0-9a-f-]{36}$/.test(url.pathname));
    await heading(page, `試験 一郎（${ja.officerRoles.chair}）`);

    // Corrected to a director: no warning.
    await chooseOption(page, page.locator("form"), o.fields.role, ja.officerRoles.director);
    await page.getByRole("button", { name: o.saveChanges, exact: true }).click();
    await page.getByText(o.saved).waitFor();
    await heading(page, `試験 一郎（${ja.officerRoles.director}）`);
    expect(await seriousViolations(page)).toEqual([]);

    // Deleted as a mistaken entry: gone from the list.
    await page.getByRole("button", { name: o.delete }).click();
    await page.getByRole("dialog").getByRole("button", { name: o.deleteYes }).click();
    await page.waitForURL((url) => url.pathname === "/network/officers");
    await heading(page, o.title);
    await settled(page);
    expect(await page.getByRole("link", { name: "試験 一郎" }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
