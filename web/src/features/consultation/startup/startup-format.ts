import type { StartupResource } from "@otagai/shared/consultation/startup";
import type { TFunction } from "i18next";

/** A grant's application window as a line ("2026-06-01〜2026-06-30"); a guide has none. */
export function windowLabel(
  resource: Pick<StartupResource, "kind" | "windowOpensOn" | "windowClosesOn">,
  t: TFunction,
): string {
  if (resource.kind !== "grant") return "";
  const from = resource.windowOpensOn;
  const to = resource.windowClosesOn;
  if (from && to) return t("consultation.startup.window.range", { from, to });
  if (from) return t("consultation.startup.window.from", { from });
  if (to) return t("consultation.startup.window.until", { to });
  return t("consultation.startup.window.none");
}

/** Open on `today` ("YYYY-MM-DD", Japan): as the server's "window open now" filter decides. */
export function isWindowOpen(
  resource: Pick<StartupResource, "kind" | "windowOpensOn" | "windowClosesOn">,
  today: string,
): boolean {
  if (resource.kind !== "grant" || (!resource.windowOpensOn && !resource.windowClosesOn)) return false;
  return (
    (!resource.windowOpensOn || resource.windowOpensOn <= today) &&
    (!resource.windowClosesOn || resource.windowClosesOn >= today)
  );
}

/** Today in Japan, "YYYY-MM-DD", whatever the browser's time zone. */
export function japanToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(now);
}
