import type { TodayProvider } from "../../platform/today/today-provider.ts";

/** The network's parts of the today list (officer terms ending, prospects' next steps, action items). */
export const networkTodayProviders: TodayProvider[] = [];
