import type { Widen } from "../widen.ts";
import type { indicatorsJa } from "./indicators.ja.ts";

export const indicatorsEn: Widen<typeof indicatorsJa> = {
  measures: { people: "People", records: "Count", sum: "Total", rate: "Share (%)" },
  newIntakes: {
    label: "New intakes",
    definition: "Cases whose intake was recorded in the period, counted on the day received.",
    parts: { intakes: "New intakes" },
  },
  plansMade: {
    label: "Plans made",
    definition: "First support plans made in the period (re-plans not included), counted on the day made.",
    parts: { plans: "Plans made" },
  },
  workSupportTargets: {
    label: "People with a work goal",
    definition:
      "People with a plan made in the period that has a work goal. A person counts once however many plans.",
    parts: { people: "People with a work goal" },
  },
  startedWork: {
    label: "Started work",
    definition:
      "People who started work (general employment, worker-collective member, part-time) in the period, once each, on the start day.",
    parts: { people: "Started work" },
  },
  raisedIncome: {
    label: "Raised income",
    definition:
      "People whose outcome starting in the period raised their income (a missing earlier income counts as ¥0).",
    parts: { people: "Raised income" },
  },
  employmentOrIncomeRate: {
    label: "Work or income rate",
    definition:
      "Of the people with a work-goal plan made in the period, the share who started work or raised their income after the plan and by the period's end. A month's column is about the people whose plan was made that month.",
    parts: {
      achieved: "Targets who worked or raised income",
      targets: "People with a work goal",
      rate: "Work or income rate (%)",
    },
  },
  screeningRoutes: {
    label: "Screening routes",
    definition:
      "Intakes received in the period by the screening's route: continuing support, handed over, information only.",
    parts: { continuing: "Continuing", handover: "Handed over", information: "Information only" },
  },
  activeParticipants: {
    label: "Active participants",
    definition:
      "People with a case open on at least one day of the period. Someone across months counts once a month and once in the total.",
    parts: { people: "Active participants" },
  },
  placementsStarted: {
    label: "Placements started",
    definition:
      "Work-experience placements that started in the period (not those only planned), on the start day.",
    parts: { placements: "Started" },
  },
  placementsCompleted: {
    label: "Placements completed",
    definition: "Placements completed in the period (not those ended early), on their last day.",
    parts: { placements: "Completed" },
  },
  attendanceHours: {
    label: "Attendance hours",
    definition: "Hours of the days attended in the period (late or leaving early included, absences not).",
    parts: { hours: "Hours" },
  },
  supportContacts: {
    label: "Contacts and minutes of support",
    definition:
      "Interviews, calls, visits, accompaniments and other support recorded in the period, and their minutes, on the day in Japan.",
    parts: { contacts: "Contacts", minutes: "Minutes" },
  },
  followUps: {
    label: "Retention follow-ups",
    definition:
      "Follow-ups done in the period, and the people still working at the 1-, 3-, 6- and 12-month follow-up.",
    parts: {
      done: "Follow-ups done",
      working1: "Working at 1 month",
      working3: "Working at 3 months",
      working6: "Working at 6 months",
      working12: "Working at 12 months",
    },
  },
  youthDestinations: {
    label: "Destinations",
    definition:
      "People whose next step was decided in the period: work (general, part-time, worker collective), vocational training, school, other.",
    parts: { employment: "Work", training: "Vocational training", education: "School", other: "Other" },
  },
};
