import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import type { ProgramRow } from "../../../test/factories/programs.ts";

// The spreadsheets of participants.import.test.ts: fictional lists, written as .xlsx and Shift-JIS CSV.

// Fictional people: 200 distinct readings from 20 family and 10 given names, each with a birth date of its own.
const families = [
  ["山田", "やまだ"],
  ["鈴木", "すずき"],
  ["髙橋", "たかはし"],
  ["渡邊", "わたなべ"],
  ["伊藤", "いとう"],
  ["中村", "なかむら"],
  ["小林", "こばやし"],
  ["加藤", "かとう"],
  ["吉田", "よしだ"],
  ["佐々木", "ささき"],
  ["山口", "やまぐち"],
  ["松本", "まつもと"],
  ["井上", "いのうえ"],
  ["木村", "きむら"],
  ["林", "はやし"],
  ["清水", "しみず"],
  ["山崎", "やまざき"],
  ["森", "もり"],
  ["池田", "いけだ"],
  ["橋本", "はしもと"],
] as const;
const givens = [
  ["花子", "はなこ"],
  ["一郎", "いちろう"],
  ["陽菜", "ひな"],
  ["翔太", "しょうた"],
  ["美咲", "みさき"],
  ["大輔", "だいすけ"],
  ["結衣", "ゆい"],
  ["健太", "けんた"],
  ["さくら", "さくら"],
  ["悠人", "ゆうと"],
] as const;

export const headers = [
  "氏名",
  "ふりがな",
  "生年月日",
  "性別",
  "電話番号",
  "メールアドレス",
  "郵便番号",
  "住所",
  "紹介元",
  "事業",
];
export type Cell = string | number | Date;

/** Row i (0-based) of a clean list: unique reading and birth date; every other row in program A. */
export function cleanRow(i: number, programCode: string): Cell[] {
  const [family, familyKana] = families[i % families.length] ?? families[0];
  const [given, givenKana] = givens[Math.floor(i / families.length) % givens.length] ?? givens[0];
  const day = new Date(Date.UTC(1960, 0, 1) + i * 86_400_000 * 37);
  const iso = day.toISOString().slice(0, 10);
  // Dates as offices write them: an Excel date, 2026/4/1, 和暦.
  const birth: Cell = i % 3 === 0 ? day : i % 3 === 1 ? iso.replaceAll("-", "/") : `${toWarekiForTest(iso)}`;
  return [
    `${family} ${given}`,
    `${familyKana} ${givenKana}`,
    birth,
    i % 2 === 0 ? "女性" : "",
    `090-${String(1000 + i).padStart(4, "0")}-0000`,
    `person${i}@example.jp`,
    "221-0822",
    "横浜市神奈川区西神奈川1-2-3",
    "福祉事務所",
    i % 2 === 0 ? programCode : "",
  ];
}

/** 1980-04-01 → 昭和55年4月1日 (the test's own, to keep it apart from the code under test). */
function toWarekiForTest(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const showa = year < 1989 || (year === 1989 && month === 1 && day < 8);
  return showa ? `昭和${year - 1925}年${month}月${day}日` : `平成${year - 1988}年${month}月${day}日`;
}

export async function xlsxOf(rows: Cell[][], columns = headers): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("利用者名簿");
  sheet.addRow(columns);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

export function shiftJisCsvOf(rows: Cell[][]): string {
  const text = [headers, ...rows]
    .map((row) =>
      row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))).join(","),
    )
    .join("\r\n");
  return iconv.encode(`${text}\r\n`, "Shift_JIS").toString("base64");
}

/** The bad rows of the 200: [index, what is wrong, the field the preview should name]. */
export function badRows(programs: { a: ProgramRow; b: ProgramRow; ended: ProgramRow }): {
  rows: Cell[][];
  expected: Map<number, string[]>;
} {
  const rows = Array.from({ length: 200 }, (_, i) => cleanRow(i, programs.a.code));
  const expected = new Map<number, string[]>();
  const spoil = (i: number, column: number, value: Cell, codes: string[]) => {
    const row = rows[i] as Cell[];
    row[column] = value;
    expected.set(i + 2, codes);
  };
  spoil(4, 2, "昭和55年13月1日", ["invalidDate"]);
  spoil(9, 9, "存在しない事業", ["unknownProgram"]);
  spoil(19, 1, "", ["required"]);
  spoil(49, 9, programs.b.name, ["programOutOfScope"]);
  spoil(59, 4, "12345", ["invalidPhone"]);
  spoil(69, 9, programs.ended.code, ["programEnded"]);
  // Row 31 repeats row 3 (the same person typed twice); row 41 is someone already registered.
  rows[29] = [...(rows[1] as Cell[])];
  expected.set(31, ["duplicateRow"]);
  rows[39] = ["鈴木 一郎", "スズキ イチロウ", "1975/5/5", "", "", "", "", "", "", ""];
  expected.set(41, ["duplicateExisting"]);
  return { rows, expected };
}
