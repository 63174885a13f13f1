import type { Widen } from "../widen.ts";
import type { retentionJa } from "./retention.ja.ts";

export const retentionEn: Widen<typeof retentionJa> = {
  title: "Retention analysis",
  lead: "How long people stay after starting work or joining a worker collective, estimated with the Kaplan–Meier method from the retention follow-ups. Figures only, never names.",
  filters: {
    label: "Analysis options",
    groupBy: "Compare by",
    program: "Program",
    allPrograms: "All programs",
    fromYear: "Started in fiscal year (or later)",
    allYears: "All years",
    fiscalYear: "FY{{year}}",
    population: "Outcomes",
  },
  groupings: { program: "By program", outcomeType: "By outcome type", ageBand: "By age band" },
  populations: { all: "All work outcomes", afterPlacement: "Only outcomes after a placement" },
  outcomeTypes: {
    general_employment: "General employment",
    collective_member: "Worker-collective member",
    part_time: "Part-time",
    volunteer: "Volunteer",
  },
  ageBands: {
    "15-29": "15–29",
    "30-39": "30–39",
    "40-49": "40–49",
    "50-64": "50–64",
    "65+": "65 and over",
    unknown: "No birth date",
  },
  stoppedReasons: {
    health: "Health",
    workload: "Workload",
    relationships: "Relationships at work",
    conditions: "Working conditions",
    contract_ended: "Contract ended",
    dismissed: "Dismissed",
    moved: "Moved away",
    personal: "Family or personal reasons",
    other: "Other",
  },
  chart: {
    heading: "Share still in work (retention curves)",
    note: "Lines are the estimates, bands the 95% confidence intervals. Up: the share still in work; across: months since the start.",
    months: "Months since the start",
    survival: "Still in work",
  },
  atRisk: {
    heading: "Number at risk (still in work and still followed up)",
    group: "Group",
    month: "{{month}} mo.",
  },
  table: {
    heading: "The curves' figures",
    caption: "Retention curve of {{label}} (table)",
    month: "Months",
    survival: "Still in work",
    band: "95% interval",
    atRisk: "At risk",
    events: "Stopped",
  },
  summary: {
    heading: "Groups at a glance",
    group: "Group",
    n: "People (outcomes)",
    events: "Stopped",
    median: "Until half had stopped",
    medianNotReached: "Not reached",
    medianMonths: "{{months}} months",
  },
  reasons: {
    heading: "Reasons for stopping (most common first)",
    reason: "Reason",
    count: "Count",
    others: "Any other reason",
    unrecorded: "No reason recorded",
    none: "No stops recorded yet.",
  },
  notFollowedUp: "{{count}} outcomes with no follow-up done yet are left out of the curves.",
  empty: "No outcome with a follow-up matches these options.",
  definition: {
    heading: "How it is counted",
    who: "Who: outcomes of the types general employment, worker-collective member, part-time and volunteer (with “only outcomes after a placement”: those starting on or after the start of a work-experience placement of the same person).",
    duration:
      "How long: from the outcome's start to the stop date recorded at a follow-up that found the person no longer working (or that follow-up's day). Without a stop, the time ends at the last follow-up done and is censored (what came after is unknown). A month is 365.25 / 12 days.",
    notFollowedUp:
      "Outcomes with no follow-up done yet tell nothing and are left out of the curves; only their number is shown (volunteering schedules no follow-ups, so it counts only where one was recorded).",
    estimate:
      "Estimate: Kaplan–Meier, with two-sided 95% intervals from Greenwood's variance (log-log transformed). Where few are still at risk, the bands are wide and the curve uncertain.",
    groups:
      "Age band: age on the outcome's start. Fiscal years start in April. Reasons for stopping are counted by the reason chosen at the follow-up (older records without one as “no reason recorded”).",
  },
};
