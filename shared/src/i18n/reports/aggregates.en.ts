import type { Widen } from "../widen.ts";
import type { aggregatesJa } from "./aggregates.ja.ts";

export const aggregatesEn: Widen<typeof aggregatesJa> = {
  title: "Aggregate tables",
  lead: "Tables for policy proposals and research partners in which no person can be identified. Cells counting few people are hidden, and so are other cells, so that no hidden one can be worked out from the totals.",
  filters: "Options of the tables",
  fiscalYearOption: "FY {{year}}",
  fiscalYear: "Fiscal year",
  threshold: "Hide counts under",
  thresholdHelp: "A whole number from {{min}} to {{max}}; usually 5.",
  program: "Program",
  allPrograms: "All programs",
  download: "Download as Excel",
  downloadFailed: "The file could not be downloaded",
  fileName: "aggregate-tables",
  period: "{{fiscalYear}} ({{from}} to {{to}})",
  symbol: "＊",
  legend:
    "＊: a count under {{threshold}}, hidden, or a count hidden so that another hidden one cannot be worked out from the totals. Zeros are shown.",
  legendShort: "＊ hidden count",
  suppressedPrimary: "Hidden (under {{threshold}})",
  suppressedSecondary: "Hidden (so that others cannot be worked out)",
  total: "Total",
  noArea: "No area recorded",
  unknownAge: "Age unknown",
  month: "{{year}}-{{mm}}",
  deskOnly: "The desk's table counts the whole consultation desk, whichever program is chosen.",
  empty: "No records in this fiscal year.",
  createdOn: "Created on",
  tables: {
    intakesByAgeBand: "New intakes (program × age)",
    outcomesByType: "Outcomes (program × type)",
    consultationsByTopicAndArea: "Desk consultations (concern × area)",
    placementsByMonth: "Placements started (program × month)",
  },
  notes: {
    intakesByAgeBand: "Cases whose intake was received in the fiscal year; age on the day of the intake.",
    outcomesByType: "Work, study and other outcomes that started in the fiscal year.",
    consultationsByTopicAndArea:
      "Consultations at the desk. One consultation may count under several concerns.",
    placementsByMonth: "Placements that started in the fiscal year (planned ones are not counted).",
  },
  rowHeadings: {
    intakesByAgeBand: "Program",
    outcomesByType: "Program",
    consultationsByTopicAndArea: "Concern",
    placementsByMonth: "Program",
  },
};
