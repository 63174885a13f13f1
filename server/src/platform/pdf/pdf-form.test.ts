import { describe, expect, it } from "vitest";
import { pdfText } from "../../test/pdf-text.ts";
import { createPdfForm, formDate, pdfFileName } from "./form-setup.ts";

describe("PdfForm", () => {
  it("embeds a Japanese subset: the text reads back, and a long form stays small", async () => {
    const form = createPdfForm("ja", { title: "試験用の様式", subtitle: "第1版" });
    form.section("本人の情報").fields([
      { label: "氏名", value: "綾瀬 晴", strong: true },
      { label: "生年月日", value: formDate("1990-04-01") },
    ]);
    form.table(
      [
        { header: "領域", width: 1 },
        { header: "目標", width: 3 },
      ],
      Array.from({ length: 80 }, (_, index) => ["日常生活自立", `毎朝7時に起きる（${index + 1}）`]),
    );
    form.textBlock("備考", "長い文章。".repeat(300));
    const body = await form.toBuffer();
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    // A whole Noto Sans JP weight is 5.5 MB: only the glyphs used are embedded.
    expect(body.length).toBeLessThan(120_000);
    const { pages, compact } = await pdfText(body);
    expect(pages.length).toBeGreaterThan(1);
    expect(compact).toContain("綾瀬晴");
    expect(compact).toContain("平成2年4月1日");
    expect(compact).toContain("毎朝7時に起きる（80）");
    // Every page: the header (title, printed date in 和暦) and the page number of the total.
    pages.forEach((page, index) => {
      const text = page.replace(/\s+/g, "");
      expect(text).toContain("試験用の様式");
      expect(text).toMatch(/出力日令和\d+年\d+月\d+日/);
      expect(text).toContain(`${index + 1}/${pages.length}ページ`);
    });
    // The table's header is repeated on the page it continues on.
    expect(pages[1]?.replace(/\s+/g, "")).toContain("領域目標");
  });

  it("prints dates in 和暦 and names files without path separators", () => {
    expect(formDate("2019-05-01")).toBe("令和元年5月1日");
    expect(formDate(null)).toBe("—");
    expect(pdfFileName("支援プラン", "綾瀬 晴", "a/b")).toBe("支援プラン_綾瀬晴_ab.pdf");
  });
});
