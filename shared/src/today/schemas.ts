import { z } from "zod";

/**
 * The "today" list on the dashboard (issue 10): what the signed-in person should do today, from
 * every area that registered a provider (server/src/modules/today-providers.ts). Each item is of a
 * kind ("support.planReview"), whose strings are dashboard.today.kinds.<kind>.title (the group's
 * heading) and .item (the line, filled with `params`).
 */
export const todaySeverities = ["overdue", "due", "upcoming"] as const;
export type TodaySeverity = (typeof todaySeverities)[number];

/** How pressing a date is on `today` ("YYYY-MM-DD", which compare as text): past, today, or ahead. */
export function dueSeverity(dueOn: string, today: string): TodaySeverity {
  return dueOn < today ? "overdue" : dueOn === today ? "due" : "upcoming";
}

export const todayItemSchema = z.object({
  /** The area, then what to do: "support.planReview". */
  kind: z.string(),
  /** The values the item's line names: a person's name, a program. */
  params: z.record(z.string(), z.string()),
  /** By when ("YYYY-MM-DD"), or null when it has no date. */
  dueOn: z.string().nullable(),
  /** The page where it is done: a path of the web app. */
  link: z.string(),
  severity: z.enum(todaySeverities),
  /** The caller's own (the case's lead coordinator): shown first. */
  mine: z.boolean(),
});
export type TodayItem = z.infer<typeof todayItemSchema>;

export const todayGroupSchema = z.object({
  kind: z.string(),
  items: z.array(todayItemSchema),
  /** More items of this kind than the list shows. */
  more: z.boolean(),
});

export const todaySchema = z.object({
  /** Today in Japan, "YYYY-MM-DD". */
  today: z.string(),
  groups: z.array(todayGroupSchema),
});
export type Today = z.infer<typeof todaySchema>;
