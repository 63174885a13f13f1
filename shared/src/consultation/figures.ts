import { z } from "zod";
import { daysBetween, toCalendarDate } from "../japanese/calendar-date.ts";
import { isoDateSchema } from "../platform/dates.ts";
import { concernTopics } from "../support/concern-topics.ts";
import { type AppointmentStatus, appointmentStatuses } from "./appointments.ts";
import { consultationChannels, outcomeRoutes } from "./consultations.ts";
import { type ReferralStatus, referralStatuses } from "./referrals.ts";

/**
 * The consultation desk's figures (issue 12, "Figures"): for a period of days in Japan (the fiscal
 * year by default), consultations by category, channel, concern topic, outcome route and month with
 * the minutes spent; referrals by agency or advisor and by status; appointments by month and status.
 * Aggregates only: no person appears in them. Every number is counted by the database.
 */

/** The longest period the figures take: five fiscal years side by side (a bigger one is refused). */
export const maxFiguresPeriodDays = 5 * 366;

/** The outcome routes, and "not set" counted apart from them. */
export const figuresOutcomeRoutes = [...outcomeRoutes, "unset"] as const;

/**
 * The period: both days or neither (neither: the current fiscal year in Japan). The refusals name
 * the field to fix: `to` before `from`, or a period past five years.
 */
export const figuresQuerySchema = z
  .strictObject({ from: isoDateSchema.optional(), to: isoDateSchema.optional() })
  .superRefine((value, context) => {
    if (value.from !== undefined && value.to === undefined)
      context.addIssue({ code: "custom", path: ["to"], message: "required" });
    if (value.to !== undefined && value.from === undefined)
      context.addIssue({ code: "custom", path: ["from"], message: "required" });
    if (value.from === undefined || value.to === undefined) return;
    if (value.to < value.from)
      context.addIssue({ code: "custom", path: ["to"], message: "periodEndBeforeStart" });
    // The days' own checks may have failed and still let this run: count only two real dates.
    else if (
      toCalendarDate(value.from) &&
      toCalendarDate(value.to) &&
      daysBetween(value.from, value.to) >= maxFiguresPeriodDays
    )
      context.addIssue({ code: "custom", path: ["to"], message: "figuresPeriodTooLong" });
  });
export type FiguresQuery = z.input<typeof figuresQuerySchema>;

const count = z.number().int().min(0);

export const consultationFiguresSchema = z.object({
  total: count,
  /** The minutes recorded, and how many consultations recorded them (the rest have none). */
  minutes: z.object({ total: count, recorded: count }),
  /** Every category in the desk's order: those in use, and any other with consultations in the period. */
  byCategory: z.array(
    z.object({
      categoryId: z.uuid(),
      /** A fixed category's code (its name is in the catalog), null for the desk's own. */
      code: z.string().nullable(),
      name: z.string(),
      count,
      minutes: count,
    }),
  ),
  byChannel: z.array(z.object({ channel: z.enum(consultationChannels), count })),
  byConcernTopic: z.array(z.object({ topic: z.enum(concernTopics), count })),
  byOutcomeRoute: z.array(z.object({ route: z.enum(figuresOutcomeRoutes), count })),
  /** Each month of the period ("YYYY-MM", months in Japan), zeros included. */
  byMonth: z.array(z.object({ month: z.string(), count, minutes: count })),
});

const statusCounts = z.object(
  Object.fromEntries(referralStatuses.map((status) => [status, count])),
) as z.ZodObject<Record<ReferralStatus, typeof count>>;

export const referralFiguresSchema = z.object({
  total: count,
  byStatus: z.array(z.object({ status: z.enum(referralStatuses), count })),
  /** Agencies then advisors: those in use and any other referred to in the period, by name. */
  byDestination: z.array(
    z.object({
      kind: z.enum(["agency", "advisor"]),
      id: z.uuid(),
      name: z.string(),
      total: count,
      byStatus: statusCounts,
    }),
  ),
});

export const appointmentFiguresSchema = z.object({
  totals: z.object(Object.fromEntries(appointmentStatuses.map((status) => [status, count]))) as z.ZodObject<
    Record<AppointmentStatus, typeof count>
  >,
  byMonth: z.array(
    z.object({ month: z.string(), booked: count, kept: count, missed: count, cancelled: count }),
  ),
});

export const figuresSchema = z.object({
  period: z.object({
    from: z.string(),
    to: z.string(),
    /** The fiscal year when the period is exactly one (April–March), else null. */
    fiscalYear: z.number().int().nullable(),
  }),
  consultations: consultationFiguresSchema,
  referrals: referralFiguresSchema,
  appointments: appointmentFiguresSchema,
});
export type Figures = z.infer<typeof figuresSchema>;
export type ConsultationFigures = Figures["consultations"];
export type ReferralFigures = Figures["referrals"];
export type AppointmentFigures = Figures["appointments"];
