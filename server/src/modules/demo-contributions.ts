import type { Database } from "../platform/db/client.ts";
import { type DemoContribution, loadDemoContributions } from "../platform/demo-data.ts";
import { appointmentsDemoContribution } from "./consultation/appointments/appointments.demo.ts";
import { consultationsDemoContribution } from "./consultation/consultations.demo.ts";
import { referralsDemoContribution } from "./consultation/referrals/referrals.demo.ts";
import { startupDemoContribution } from "./consultation/startup/startup-resources.demo.ts";
import { networkDemoContributions } from "./network/network.demo.ts";
import { programsDemoContribution } from "./programs/programs.demo.ts";
import { reportsDemoContribution } from "./reports/reports.demo.ts";
import { retentionDemoContribution } from "./reports/retention/retention.demo.ts";
import { outcomesDemoContribution } from "./support/outcomes/outcomes.demo.ts";
import { placementsDemoContribution } from "./support/placements/placements.demo.ts";
import { supportDemoContribution } from "./support/support.demo.ts";
import { workplacesDemoContribution } from "./support/workplaces/workplaces.demo.ts";
import { demoAccountsContribution, prepareDemoAccounts } from "./users/users.demo.ts";
import { countUsers } from "./users/users.repository.ts";

/**
 * Each area's demo data, registered here (not in platform/, which knows no area). Programs come
 * first (order 10), then the demo accounts (20, limited to programs by code); an area's own demo
 * data takes 30 or later and reads both from the context.
 */
export const areaDemoContributions: DemoContribution[] = [
  programsDemoContribution,
  supportDemoContribution,
  workplacesDemoContribution,
  outcomesDemoContribution,
  placementsDemoContribution,
  consultationsDemoContribution,
  appointmentsDemoContribution,
  referralsDemoContribution,
  startupDemoContribution,
  ...networkDemoContributions,
  reportsDemoContribution,
  retentionDemoContribution,
];

/**
 * Fills an empty database with demo data and returns the accounts with their passwords (to be
 * printed once). Does nothing when any user exists. Never called in production.
 */
export async function loadDemoData(db: Database, fixedPassword?: string) {
  if ((await countUsers(db)) > 0) return [];
  const accounts = await prepareDemoAccounts(fixedPassword);
  const loaded = await loadDemoContributions(
    db,
    [...areaDemoContributions, demoAccountsContribution(accounts)],
    async (tx) => (await countUsers(tx)) === 0,
  );
  if (!loaded) return [];
  return accounts.map(({ role, email, password }) => ({ role, email, password }));
}
