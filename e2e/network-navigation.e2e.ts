import type { Role } from "@otagai/shared/platform/permissions";
import { describe, expect, it } from "vitest";
import { collectConsoleErrors, heading, ja, loginAs, settled } from "./support/app";
import { useBrowser } from "./support/browser";

const n = ja.network;

/** Each sub-area's main page, in the front page's order, with the names of its create actions. */
const subAreas = [
  { key: "members", title: n.members.title, creates: [n.members.add, n.members.import] },
  { key: "officers", title: n.officers.title, creates: [n.officers.add] },
  { key: "prospects", title: n.prospects.title, creates: [n.prospects.newProspect] },
  { key: "meetings", title: n.meetings.title, creates: [n.meetings.newMeeting] },
  { key: "requests", title: n.requests.title, creates: [n.requests.add] },
  { key: "proposals", title: n.proposals.title, creates: [n.proposals.addProposal, n.proposals.addIssue] },
] as const;

/** Every internal role with the network area. */
const roles: Role[] = ["staff", "coordinator", "consultant", "manager", "viewer"];

describe("the network area, for each role that reaches it", () => {
  const { open } = useBrowser();

  for (const role of roles)
    it(`${role}: opens /network and every sub-area's page from it, without a console error`, async () => {
      const { page } = await open();
      const consoleErrors = collectConsoleErrors(page);
      await loginAs(page, role);
      for (const area of subAreas) {
        await page.goto("/network");
        await heading(page, n.title);
        await page
          .getByRole("main")
          .getByRole("link", { name: n.nav[area.key], exact: true })
          .first()
          .click();
        await page.waitForURL((url) => url.pathname === `/network/${area.key}`);
        await heading(page, area.title);
        await settled(page);
        // The office creates in every sub-area (so the viewer's check below looks for real names).
        if (role === "staff") {
          const found = await Promise.all(
            area.creates.map((name) =>
              page
                .getByRole("link", { name, exact: true })
                .or(page.getByRole("button", { name, exact: true }))
                .count(),
            ),
          );
          expect(
            found.some((count) => count > 0),
            area.key,
          ).toBe(true);
        }
        if (role === "viewer")
          for (const name of area.creates) {
            expect(await page.getByRole("link", { name, exact: true }).count(), `${area.key}: ${name}`).toBe(
              0,
            );
            expect(
              await page.getByRole("button", { name, exact: true }).count(),
              `${area.key}: ${name}`,
            ).toBe(0);
          }
      }
      expect(consoleErrors).toEqual([]);
    });
});
