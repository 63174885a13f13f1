import { describe, expect, it } from "vitest";
import {
  chooseOption,
  collectConsoleErrors,
  field,
  heading,
  ja,
  loginAs,
  settled,
  text,
} from "./support/app";
import { seriousViolations } from "./support/axe";
import { useBrowser } from "./support/browser";

const r = ja.network.requests;

describe("requests (諸資源の活用)", () => {
  const { open } = useBrowser();

  it("records a request, accepts it, needs the outcome to finish it, and counts it by kind", async () => {
    const { page } = await open();
    const consoleErrors = collectConsoleErrors(page);
    await loginAs(page, "staff");
    const title = `介護の仕事の出前講座（架空）${Date.now() % 100_000}`;

    // The list, from the network's front page: the demo requests and the year's count by kind.
    await page.goto("/network");
    await heading(page, ja.network.title);
    await page.getByRole("link", { name: ja.network.nav.requests }).first().click();
    await heading(page, r.title);
    await settled(page);
    const counts = page.getByRole("region", { name: new RegExp(`^${r.counts.heading}`) });
    await counts.getByRole("rowheader", { name: r.kinds.equipment_lending }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A new one: the required fields are refused next to them before anything is sent.
    await page.getByRole("link", { name: r.add }).click();
    await heading(page, r.newTitle);
    await page.getByRole("button", { name: r.save, exact: true }).click();
    await page.getByText(ja.validation.required).first().waitFor();
    await field(page, r.fields.title).fill(title);
    await field(page, r.fields.requesterName).fill("山田 花子");
    await field(page, r.fields.requesterOrganization).fill("はなみずき高校（架空）");
    await chooseOption(page, page.locator("form"), r.fields.kind, r.kinds.course_proposal);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: r.save, exact: true }).click();
    await page.waitForURL((url) => /^\/network\/requests\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByText(r.saved).waitFor();
    await heading(page, title);
    expect(await seriousViolations(page)).toEqual([]);

    // Accept it (the office member becomes its owner), then finish it: the outcome is required.
    const moves = page.getByRole("region", { name: r.moves.heading });
    await moves.getByRole("button", { name: r.moves.accepted }).click();
    await moves.getByText(text(r.moves.current, { status: r.statuses.accepted })).waitFor();
    await moves.getByRole("button", { name: r.moves.done }).click();
    await moves.getByText(ja.validation.networkRequestOutcomeRequired).waitFor();
    await moves.getByLabel(r.fields.outcome).fill("全2回を開き、生徒40人が参加した。");
    await moves.getByRole("button", { name: r.moves.done }).click();
    await moves.getByText(text(r.moves.current, { status: r.statuses.done })).waitFor();
    // Its owner may reopen it.
    await moves.getByRole("button", { name: r.moves.reopen }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // In the list, filtered by kind, and counted this year.
    await page.goto("/network/requests?kind=course_proposal&status=done");
    await page.getByRole("link", { name: title }).waitFor();
    const row = page
      .getByRole("region", { name: new RegExp(`^${r.counts.heading}`) })
      .getByRole("row", { name: new RegExp(`^${r.kinds.course_proposal}`) });
    await row.waitFor();
    expect(Number((await row.getByRole("cell").first().textContent())?.replace(/\D/g, ""))).toBeGreaterThan(
      0,
    );
    expect(consoleErrors).toEqual([]);
  });
});
