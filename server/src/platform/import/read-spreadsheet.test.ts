import { maxImportRows } from "@otagai/shared/import/schemas";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { AppError } from "../http/app-error.ts";
import { decodeText, readSpreadsheet } from "./read-spreadsheet.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const csv =
  "氏名,ふりがな,生年月日\r\n山田 花子,やまだ はなこ,1980/4/1\r\n\r\n髙橋 一郎,たかはし いちろう,S55.4.1\r\n";

async function problemOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.fields[0]?.messageKey;
    throw error;
  }
  return undefined;
}

describe("readSpreadsheet: CSV", () => {
  it("reads UTF-8 with and without a BOM, keeping each row's number in the sheet", async () => {
    for (const bytes of [utf8(csv), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)])]) {
      const sheet = await readSpreadsheet(bytes);
      expect(sheet.headers).toEqual(["氏名", "ふりがな", "生年月日"]);
      expect(sheet.rows).toEqual([
        { line: 2, cells: ["山田 花子", "やまだ はなこ", "1980/4/1"] },
        { line: 4, cells: ["髙橋 一郎", "たかはし いちろう", "S55.4.1"] },
      ]);
    }
  });

  it("reads Shift-JIS, as Japanese Excel saves CSV", async () => {
    const bytes = iconv.encode(csv.replace("髙", "高"), "Shift_JIS");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const sheet = await readSpreadsheet(bytes);
    expect(sheet.headers).toEqual(["氏名", "ふりがな", "生年月日"]);
    expect(sheet.rows[1]?.cells[0]).toBe("高橋 一郎");
  });

  it("reads UTF-16 tab-separated text (Excel's Unicode text) and quoted cells with commas and line breaks", async () => {
    const tsv = "氏名\t住所\n山田 花子\t横浜市神奈川区, 1-2\n";
    expect(
      (await readSpreadsheet(new Uint8Array([0xff, 0xfe, ...iconv.encode(tsv, "utf16le")]))).rows[0]?.cells,
    ).toEqual(["山田 花子", "横浜市神奈川区, 1-2"]);
    const quoted = await readSpreadsheet(utf8('氏名,メモ\n"山田, 花子","一行目\n二行目"\n鈴木,\n'));
    expect(quoted.rows).toEqual([
      { line: 2, cells: ["山田, 花子", "一行目\n二行目"] },
      { line: 3, cells: ["鈴木"] },
    ]);
  });

  it("trims cells, full-width spaces included", async () => {
    const sheet = await readSpreadsheet(utf8("氏名 ,ふりがな\n　山田 花子　, やまだ はなこ\n"));
    expect(sheet.headers).toEqual(["氏名", "ふりがな"]);
    expect(sheet.rows[0]?.cells).toEqual(["山田 花子", "やまだ はなこ"]);
  });

  it("refuses empty, binary, header-only, old .xls and too-long files with a clear reason", async () => {
    expect(await problemOf(readSpreadsheet(new Uint8Array()))).toBe("importFileEmpty");
    expect(await problemOf(readSpreadsheet(utf8("\n\n")))).toBe("importFileEmpty");
    expect(await problemOf(readSpreadsheet(utf8("氏名,ふりがな\n")))).toBe("importNoRows");
    expect(await problemOf(readSpreadsheet(new Uint8Array([0, 1, 2, 3, 0xff, 0x00])))).toBe(
      "importFileUnreadable",
    );
    expect(
      await problemOf(readSpreadsheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))),
    ).toBe("importLegacyExcel");
    const rows = Array.from({ length: maxImportRows + 1 }, (_, i) => `名前${i},なまえ`).join("\n");
    expect(await problemOf(readSpreadsheet(utf8(`氏名,ふりがな\n${rows}\n`)))).toBe("importTooManyRows");
    expect(await problemOf(readSpreadsheet(utf8(`氏名\n${"あ".repeat(6000)}\n`)))).toBe("importCellTooLong");
  });

  it("tells UTF-8 from Shift-JIS by validity, not by guessing", () => {
    expect(decodeText(utf8("ｱｲｳ,カナ"))).toBe("ｱｲｳ,カナ");
    expect(decodeText(iconv.encode("ｱｲｳ,カナ", "Shift_JIS"))).toBe("ｱｲｳ,カナ");
  });
});

describe("readSpreadsheet: .xlsx", () => {
  it("reads the first visible sheet: text, numbers, dates, rich text, formulas and hyperlinks", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("hidden", { state: "hidden" }).addRow(["not this one"]);
    const sheet = workbook.addWorksheet("名簿");
    sheet.addRow(["氏名", "生年月日", "郵便番号", "メモ", "計算", "リンク"]);
    sheet.addRow([
      "山田 花子",
      new Date(Date.UTC(1980, 3, 1)),
      2210822,
      { richText: [{ text: "太字" }, { text: "と普通" }] },
      { formula: "1+1", result: 2 },
      { text: "ホームページ", hyperlink: "https://example.jp" },
    ]);
    sheet.addRow([]);
    sheet.addRow(["鈴木 一郎"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readSpreadsheet(bytes);
    expect(read.headers).toEqual(["氏名", "生年月日", "郵便番号", "メモ", "計算", "リンク"]);
    expect(read.rows).toEqual([
      { line: 2, cells: ["山田 花子", "1980-04-01", "2210822", "太字と普通", "2", "ホームページ"] },
      { line: 4, cells: ["鈴木 一郎"] },
    ]);
  });

  it("refuses a zip that is no workbook", async () => {
    const notAWorkbook = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ]);
    expect(await problemOf(readSpreadsheet(notAWorkbook))).toBe("importFileUnreadable");
  });
});
