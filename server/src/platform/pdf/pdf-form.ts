import PDFDocument from "pdfkit";
import { japaneseFonts } from "./fonts.ts";

/**
 * A printed form on A4 (ADR 018): the mechanism every area's PDFs share. A form is built top to
 * bottom with sections, label/value grids, tables and text blocks; the page breaks where the next
 * piece does not fit (a table repeats its header), and every page gets the form's header (its title
 * and the 和暦 date it was printed) and a footer with the page number, stamped once the page count
 * is known. Japanese text is set in Noto Sans JP, embedded as a subset.
 */
export type PdfFormOptions = {
  /** The document's title: on the first page, in each page's header and in the file's metadata. */
  title: string;
  /** A line under the title (the plan's version, the month of an attendance sheet…). */
  subtitle?: string;
  /** The header's right-hand side, e.g. "出力日 令和8年11月27日". */
  printedLine: string;
  /** The footer's left-hand side, e.g. the 要配慮個人情報 notice. */
  footerNote: string;
  /** "{{page}} / {{pages}}" already translated: the footer's page number. */
  pageNumber: (page: number, pages: number) => string;
  /** BCP 47 language of the text ("ja", "en"): read aloud correctly by screen readers. */
  language: string;
  /** A4 upright (default), or on its side for wide tables (a year's twelve months). */
  layout?: "portrait" | "landscape";
};

export type PdfField = {
  label: string;
  value: string;
  /** How many of the grid's columns the field takes (1 by default). */
  span?: number;
  /** A bold frame: the items the national form prints in bold frames (reported to the government). */
  strong?: boolean;
};

export type PdfColumn = {
  header: string;
  /** Relative width: the columns share the page's width in these proportions. */
  width: number;
  align?: "left" | "center" | "right";
};

const fonts = { regular: "jp", bold: "jp-bold" } as const;
const size = { title: 16, subtitle: 10.5, section: 10.5, text: 9, label: 8, header: 8 } as const;
const margin = { top: 60, bottom: 54, left: 40, right: 40 } as const;
const padding = 4;
const colors = { rule: "#555555", fill: "#eeeeee", text: "#000000", muted: "#555555" } as const;

export class PdfForm {
  readonly doc: PDFKit.PDFDocument;
  private readonly options: PdfFormOptions;

  constructor(options: PdfFormOptions) {
    this.options = options;
    const { regular, bold } = japaneseFonts();
    this.doc = new PDFDocument({
      size: "A4",
      layout: options.layout ?? "portrait",
      margins: margin,
      bufferPages: true,
      lang: options.language,
      displayTitle: true,
      info: { Title: options.title, Producer: "Otagai", Creator: "Otagai" },
    });
    this.doc.registerFont(fonts.regular, regular);
    this.doc.registerFont(fonts.bold, bold);
    this.doc.font(fonts.regular).fontSize(size.text).fillColor(colors.text).lineWidth(0.6);
    this.doc.font(fonts.bold).fontSize(size.title).text(options.title, { align: "center" });
    if (options.subtitle)
      this.doc.font(fonts.regular).fontSize(size.subtitle).text(options.subtitle, { align: "center" });
    this.doc.moveDown(0.6);
  }

  private get left() {
    return this.doc.page.margins.left;
  }
  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page when less than `height` points are left on this one. */
  ensureSpace(height: number): this {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
    return this;
  }

  /** Starts the next piece on a new page (a form's second sheet, such as the B票). */
  pageBreak(): this {
    this.doc.addPage();
    return this;
  }

  /** A section's title on a grey band; kept with at least a few lines of what follows. */
  section(title: string): this {
    const height = size.section + padding * 2 + 2;
    this.ensureSpace(height + 60);
    const y = this.doc.y + 4;
    this.doc.rect(this.left, y, this.width, height).fillAndStroke(colors.fill, colors.rule);
    this.doc
      .fillColor(colors.text)
      .font(fonts.bold)
      .fontSize(size.section)
      .text(title, this.left + padding, y + padding, { width: this.width - padding * 2, lineBreak: false });
    this.doc.x = this.left;
    this.doc.y = y + height;
    return this;
  }

  /** Labels and values in a grid of `columns` (a label cell, then its value), row by row. */
  fields(items: PdfField[], columns = 2): this {
    const cellWidth = this.width / columns;
    const labelWidth = Math.min(90, cellWidth * 0.35);
    let row: PdfField[] = [];
    let used = 0;
    const flush = () => {
      if (row.length > 0) this.fieldRow(row, cellWidth, labelWidth);
      row = [];
      used = 0;
    };
    for (const item of items) {
      const span = Math.min(item.span ?? 1, columns);
      if (used + span > columns) flush();
      row.push({ ...item, span });
      used += span;
    }
    flush();
    return this;
  }

  private fieldRow(items: PdfField[], cellWidth: number, labelWidth: number) {
    const doc = this.doc;
    const valueWidth = (item: PdfField) => cellWidth * (item.span ?? 1) - labelWidth - padding * 2;
    const height = Math.max(
      ...items.map((item) => {
        doc.font(fonts.bold).fontSize(size.label);
        const label = doc.heightOfString(item.label, { width: labelWidth - padding * 2 });
        doc.font(fonts.regular).fontSize(size.text);
        const value = doc.heightOfString(item.value || " ", { width: valueWidth(item) });
        return Math.max(label, value) + padding * 2;
      }),
    );
    this.ensureSpace(height);
    const y = doc.y;
    let x = this.left;
    for (const item of items) {
      const width = cellWidth * (item.span ?? 1);
      doc.rect(x, y, labelWidth, height).fillAndStroke(colors.fill, colors.rule);
      doc.rect(x + labelWidth, y, width - labelWidth, height).stroke(colors.rule);
      if (item.strong) doc.lineWidth(1.6).rect(x, y, width, height).stroke(colors.text).lineWidth(0.6);
      doc
        .fillColor(colors.text)
        .font(fonts.bold)
        .fontSize(size.label)
        .text(item.label, x + padding, y + padding, { width: labelWidth - padding * 2 });
      doc
        .font(fonts.regular)
        .fontSize(size.text)
        .text(item.value, x + labelWidth + padding, y + padding, { width: valueWidth(item) });
      x += width;
    }
    doc.x = this.left;
    doc.y = y + height;
  }

  /**
   * A table: a header row (none when every header is empty), then the rows; a row that does not fit starts a new page, which repeats
   * the header. A row taller than a page is cut with an ellipsis (a form's cells are short).
   */
  table(columns: PdfColumn[], rows: string[][], options: { compact?: boolean } = {}): this {
    const doc = this.doc;
    // Compact: less space in the cells, so that a month of days fits on one sheet.
    const cellPadding = options.compact ? 2 : padding;
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => (this.width * column.width) / total);
    const maxRowHeight = this.bottom - this.doc.page.margins.top - 40;
    const measure = (cells: string[], font: string, fontSize: number) => {
      doc.font(font).fontSize(fontSize);
      const heights = cells.map(
        (cell, index) =>
          doc.heightOfString(cell || " ", { width: (widths[index] ?? 0) - cellPadding * 2 }) +
          cellPadding * 2,
      );
      return Math.min(Math.max(...heights), maxRowHeight);
    };
    const drawRow = (cells: string[], header: boolean) => {
      const font = header ? fonts.bold : fonts.regular;
      const fontSize = header ? size.label : size.text;
      const height = measure(cells, font, fontSize);
      const y = doc.y;
      let x = this.left;
      cells.forEach((cell, index) => {
        const width = widths[index] ?? 0;
        if (header) doc.rect(x, y, width, height).fillAndStroke(colors.fill, colors.rule);
        else doc.rect(x, y, width, height).stroke(colors.rule);
        doc
          .fillColor(colors.text)
          .font(font)
          .fontSize(fontSize)
          .text(cell, x + cellPadding, y + cellPadding, {
            width: width - cellPadding * 2,
            height: height - cellPadding * 2,
            ellipsis: true,
            align: header ? "center" : (columns[index]?.align ?? "left"),
          });
        x += width;
      });
      doc.x = this.left;
      doc.y = y + height;
    };
    const headers = columns.map((column) => column.header);
    // A grid of choices (the intake's concern topics) has no header row.
    const withHeader = headers.some((header) => header !== "");
    const headerHeight = withHeader ? measure(headers, fonts.bold, size.label) : 0;
    this.ensureSpace(headerHeight + (rows[0] ? measure(rows[0], fonts.regular, size.text) : 0));
    if (withHeader) drawRow(headers, true);
    for (const row of rows) {
      if (doc.y + measure(row, fonts.regular, size.text) > this.bottom) {
        doc.addPage();
        if (withHeader) drawRow(headers, true);
      }
      drawRow(row, false);
    }
    return this;
  }

  /** A labelled block of free text, flowing over pages when long. */
  textBlock(label: string, text: string): this {
    const doc = this.doc;
    this.ensureSpace(size.label + size.text * 3 + padding * 4);
    doc
      .font(fonts.bold)
      .fontSize(size.label)
      .fillColor(colors.text)
      .text(label, this.left, doc.y + padding);
    doc
      .font(fonts.regular)
      .fontSize(size.text)
      .text(text || "—", this.left + padding, doc.y + 2, { width: this.width - padding * 2 });
    doc.x = this.left;
    const y = doc.y + padding;
    doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .stroke(colors.rule);
    doc.y = y;
    return this;
  }

  /** A line of text (a note under a table, a sentence the person signs). */
  note(text: string, options: { bold?: boolean; align?: "left" | "center" | "right" } = {}): this {
    this.ensureSpace(size.text * 2 + padding);
    this.doc
      .font(options.bold ? fonts.bold : fonts.regular)
      .fontSize(size.text)
      .fillColor(colors.text)
      .text(text, this.left, this.doc.y + padding, { width: this.width, align: options.align ?? "left" });
    this.doc.x = this.left;
    return this;
  }

  /** Blank lines to sign on, side by side: "本人署名", "支援員"… */
  signatures(labels: string[]): this {
    const height = 36;
    this.ensureSpace(height + padding * 3);
    const y = this.doc.y + padding * 2;
    const width = this.width / labels.length;
    labels.forEach((label, index) => {
      const x = this.left + width * index;
      this.doc.rect(x, y, width, height).stroke(colors.rule);
      this.doc
        .font(fonts.bold)
        .fontSize(size.label)
        .fillColor(colors.muted)
        .text(label, x + padding, y + padding, { width: width - padding * 2 });
    });
    this.doc.fillColor(colors.text);
    this.doc.x = this.left;
    this.doc.y = y + height;
    return this;
  }

  /** Stamps every page's header and footer, then answers the finished file. */
  async toBuffer(): Promise<Buffer> {
    const doc = this.doc;
    const chunks: Buffer[] = [];
    const finished = new Promise<Buffer>((resolve, reject) => {
      doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      doc.on("end", () => resolve(Buffer.concat(chunks)));
      doc.on("error", reject);
    });
    const { start, count } = doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      doc.switchToPage(index);
      this.stampPage(index - start + 1, count);
    }
    doc.end();
    return finished;
  }

  private stampPage(page: number, pages: number) {
    const doc = this.doc;
    const { top, bottom } = doc.page.margins;
    // Writing in the margins: without this, pdfkit would start a new page for text below the bottom.
    doc.page.margins.bottom = 0;
    const headerY = top - 30;
    doc.font(fonts.regular).fontSize(size.header).fillColor(colors.muted);
    doc.text(this.options.title, this.left, headerY, { width: this.width / 2, lineBreak: false });
    doc.text(this.options.printedLine, this.left + this.width / 2, headerY, {
      width: this.width / 2,
      align: "right",
      lineBreak: false,
    });
    doc
      .moveTo(this.left, headerY + 13)
      .lineTo(this.left + this.width, headerY + 13)
      .stroke(colors.rule);
    const footerY = doc.page.height - bottom + 20;
    doc.text(this.options.footerNote, this.left, footerY, { width: this.width * 0.7, lineBreak: false });
    doc.text(this.options.pageNumber(page, pages), this.left + this.width * 0.7, footerY, {
      width: this.width * 0.3,
      align: "right",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
    doc.fillColor(colors.text);
  }
}
