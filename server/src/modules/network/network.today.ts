import type { TodayProvider } from "../../platform/today/today-provider.ts";
import { meetingsTodayProvider } from "./meetings/meetings.today.ts";
import { officersTodayProvider } from "./officers/officers.today.ts";
import { prospectsTodayProvider } from "./prospects/prospects.today.ts";
import { requestsTodayProvider } from "./requests/requests.today.ts";

/** The network's parts of the today list (officer terms ending, prospects' next steps, action items). */
export const networkTodayProviders: TodayProvider[] = [
  requestsTodayProvider,
  prospectsTodayProvider,
  officersTodayProvider,
  meetingsTodayProvider,
];
