import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { settled } from "./app";

/** Runs axe (WCAG 2.1 A/AA) and returns the serious and critical violations, readable in a diff. */
export async function seriousViolations(page: Page) {
  await settled(page);
  // A dialog fading in has its colors half-way: measured once its transition has ended.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== "running"),
  );
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
}
