import {
  type ContractIndicator,
  contractIndicators,
  type IndicatorPart,
  indicatorParts,
} from "@otagai/shared/reports/indicators";

/**
 * The municipalities' own report layouts (issue 14): each is an .xlsx template in this folder
 * (made by make-templates.ts from the layout below, then kept in the repository, so that a layout
 * can be adjusted in Excel as long as the cells named here stay where they are) and this mapping:
 * which cell takes each header value, which row each indicator's part, which column each month.
 * The filler (../contract-report.xlsx.ts) opens the template and writes the values only, so the
 * title block, merged cells, borders, fills and number formats stay the municipality's.
 */
export type InfoKey =
  | "municipality"
  | "program"
  | "stream"
  | "period"
  | "totalPeriod"
  | "status"
  | "submittedBy"
  | "submittedOn"
  | "createdOn";

export type ReportLayout = {
  /** The template's file in this folder. */
  file: string;
  sheet: string;
  /** "month": one month column and the year-to-date total; "year": April to March and the total. */
  columns: "month" | "year";
  /** The title's merged range (its text is the template's own). */
  title: { range: string; text: string };
  /** The 和暦 header ("令和8年4月分", "令和8年度"): a merged range, written in its first cell. */
  era: string;
  /** The header block: a label cell (the template's text) and the merged range of the value. */
  info: { key: InfoKey; label: string; value: string }[];
  table: {
    /** The row of the column headers; the first body row is the next one. */
    headerRow: number;
    indicatorColumn: number;
    partColumn: number;
    unitColumn: number;
    /** The first month's (or the month's) column; the months follow it. */
    firstFigureColumn: number;
    totalColumn: number;
    /** A column for the municipality's remarks, left empty. */
    noteColumn?: number;
  };
  /** The indicators the layout has rows for, in order; others are added below them. */
  indicators: readonly ContractIndicator[];
  /** The header cells' fill (ARGB). */
  headerFill: string;
  /** Column widths, from column A. */
  widths: number[];
};

/** The indicators of Yokohama's contracts (就労準備支援・認定訓練・社会参加体験). */
const yokohamaIndicators: ContractIndicator[] = [
  "newIntakes",
  "plansMade",
  "workSupportTargets",
  "startedWork",
  "raisedIncome",
  "employmentOrIncomeRate",
  "activeParticipants",
  "placementsStarted",
  "placementsCompleted",
  "attendanceHours",
  "youthDestinations",
];

export const layouts = {
  yokohamaMonthly: {
    file: "yokohama-monthly.xlsx",
    sheet: "月次実績報告",
    columns: "month",
    title: { range: "A1:F1", text: "就労準備支援事業等　月次実績報告書" },
    era: "D2:F2",
    info: [
      { key: "municipality", label: "提出先", value: "B3:C3" },
      { key: "createdOn", label: "作成日", value: "E3:F3" },
      { key: "program", label: "事業名", value: "B4:F4" },
      { key: "stream", label: "対象者区分", value: "B5:C5" },
      { key: "status", label: "状態", value: "E5:F5" },
      { key: "period", label: "報告月", value: "B6:C6" },
      { key: "totalPeriod", label: "累計期間", value: "E6:F6" },
      { key: "submittedBy", label: "提出者", value: "B7:C7" },
      { key: "submittedOn", label: "提出日", value: "E7:F7" },
    ],
    table: {
      headerRow: 9,
      indicatorColumn: 1,
      partColumn: 2,
      unitColumn: 3,
      firstFigureColumn: 4,
      totalColumn: 5,
      noteColumn: 6,
    },
    indicators: yokohamaIndicators,
    headerFill: "FFDDEBF7",
    widths: [24, 22, 7, 12, 14, 24],
  },
  yokohamaYearly: {
    file: "yokohama-yearly.xlsx",
    sheet: "年度実績報告",
    columns: "year",
    title: { range: "A1:Q1", text: "就労準備支援事業等　年度実績報告書" },
    era: "N2:Q2",
    info: [
      { key: "municipality", label: "提出先", value: "B3:E3" },
      { key: "createdOn", label: "作成日", value: "N3:Q3" },
      { key: "program", label: "事業名", value: "B4:L4" },
      { key: "status", label: "状態", value: "N4:Q4" },
      { key: "stream", label: "対象者区分", value: "B5:E5" },
      { key: "period", label: "報告期間", value: "G5:L5" },
      { key: "submittedBy", label: "提出者", value: "B6:E6" },
      { key: "submittedOn", label: "提出日", value: "N6:Q6" },
    ],
    table: {
      headerRow: 8,
      indicatorColumn: 1,
      partColumn: 2,
      unitColumn: 3,
      firstFigureColumn: 4,
      totalColumn: 16,
      noteColumn: 17,
    },
    indicators: yokohamaIndicators,
    headerFill: "FFDDEBF7",
    widths: [22, 20, 6, ...Array<number>(12).fill(7), 9, 16],
  },
  zama: {
    file: "zama.xlsx",
    sheet: "実績報告",
    columns: "year",
    title: { range: "A1:P1", text: "座間市就労準備支援事業　実績報告書" },
    era: "A2:C2",
    info: [
      { key: "program", label: "事業名", value: "E2:K2" },
      { key: "status", label: "状態", value: "M2:P2" },
      { key: "municipality", label: "提出先", value: "B3:C3" },
      { key: "period", label: "対象期間", value: "E3:K3" },
      { key: "createdOn", label: "作成日", value: "M3:P3" },
      { key: "stream", label: "区分", value: "B4:C4" },
      { key: "submittedBy", label: "報告者", value: "E4:K4" },
      { key: "submittedOn", label: "報告日", value: "M4:P4" },
    ],
    table: {
      headerRow: 6,
      indicatorColumn: 1,
      partColumn: 2,
      unitColumn: 3,
      firstFigureColumn: 4,
      totalColumn: 16,
    },
    indicators: ["newIntakes", "plansMade", "startedWork", "raisedIncome", "placementsStarted"],
    headerFill: "FFE2EFDA",
    widths: [20, 18, 6, ...Array<number>(12).fill(7), 9],
  },
  standard: {
    file: "standard.xlsx",
    sheet: "実績報告",
    columns: "year",
    title: { range: "A1:Q1", text: "委託事業　実績報告書" },
    era: "N2:Q2",
    info: [
      { key: "municipality", label: "委託元", value: "B3:E3" },
      { key: "program", label: "事業名", value: "G3:L3" },
      { key: "createdOn", label: "作成日", value: "N3:Q3" },
      { key: "stream", label: "区分", value: "B4:E4" },
      { key: "period", label: "報告期間", value: "G4:L4" },
      { key: "status", label: "状態", value: "N4:Q4" },
      { key: "submittedBy", label: "提出者", value: "B5:E5" },
      { key: "submittedOn", label: "提出日", value: "N5:Q5" },
    ],
    table: {
      headerRow: 7,
      indicatorColumn: 1,
      partColumn: 2,
      unitColumn: 3,
      firstFigureColumn: 4,
      totalColumn: 16,
      noteColumn: 17,
    },
    indicators: contractIndicators,
    headerFill: "FFEDEDED",
    widths: [22, 20, 6, ...Array<number>(12).fill(7), 9, 16],
  },
} as const satisfies Record<string, ReportLayout>;

export type LayoutKey = keyof typeof layouts;

/** The layout of a funder's report: Yokohama's own (monthly and yearly), Zama's, else the standard one. */
export function layoutFor(funder: string, kind: "monthly" | "yearly"): ReportLayout {
  if (funder === "横浜市") return kind === "monthly" ? layouts.yokohamaMonthly : layouts.yokohamaYearly;
  if (funder === "座間市") return layouts.zama;
  return layouts.standard;
}

export type LayoutRow = {
  indicator: ContractIndicator;
  part: IndicatorPart;
  row: number;
  /** The indicator's first part: its label is merged down over its parts. */
  first: boolean;
  span: number;
};

/** The layout's body rows: one per indicator part, from the row under the headers. */
export function layoutRows(
  layout: ReportLayout,
  indicators: readonly ContractIndicator[] = layout.indicators,
  startRow = layout.table.headerRow + 1,
): LayoutRow[] {
  let row = startRow;
  return indicators.flatMap((indicator) => {
    const parts = indicatorParts[indicator] as readonly IndicatorPart[];
    return parts.map((part, index) => ({
      indicator,
      part,
      row: row++,
      first: index === 0,
      span: parts.length,
    }));
  });
}

/** The cell's number format: a rate in percent, hours with a decimal, counts whole. */
export function numberFormatOf(part: IndicatorPart): string {
  if (part.measure === "rate") return "0.0%";
  if (part.key === "hours") return "#,##0.0";
  return "#,##0";
}

/** The unit's catalog key (reports.contracts.file.units.*). */
export function unitKeyOf(part: IndicatorPart): string {
  if (part.measure === "sum") return part.key === "hours" ? "hours" : "minutes";
  return part.measure;
}
