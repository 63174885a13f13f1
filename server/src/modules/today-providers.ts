import type { Config } from "../platform/config.ts";
import type { TodayProvider } from "../platform/today/today-provider.ts";
import { consultationsTodayProvider } from "./consultation/consultations.today.ts";
import { referralsTodayProvider } from "./consultation/referrals/referrals.today.ts";
import { consultationRequestsTodayProvider } from "./consultation/requests/requests.today.ts";
import { startupTodayProvider } from "./consultation/startup/startup-resources.today.ts";
import { networkTodayProviders } from "./network/network.today.ts";
import { casesTodayProvider } from "./support/cases/cases.today.ts";
import { outcomesTodayProvider } from "./support/outcomes/outcomes.today.ts";
import { workplacesTodayProvider } from "./support/workplaces/workplaces.today.ts";

/**
 * Each area's part of the dashboard's "today" list, registered here (the dashboard and platform/
 * know no area): a later area adds its provider to this list, and its kinds' strings to
 * dashboard.today.kinds in the dashboard catalog.
 */
export function todayProviders(
  config: Pick<Config, "todayIntakeAssessmentDays" | "todayReferralStaleDays">,
): TodayProvider[] {
  return [
    casesTodayProvider({ intakeAssessmentDays: config.todayIntakeAssessmentDays }),
    workplacesTodayProvider,
    outcomesTodayProvider,
    consultationsTodayProvider,
    consultationRequestsTodayProvider,
    referralsTodayProvider({ staleDays: config.todayReferralStaleDays }),
    startupTodayProvider,
    ...networkTodayProviders,
  ];
}
