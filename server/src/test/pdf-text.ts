import { extractText, getDocumentProxy } from "unpdf";

/**
 * The text of a PDF, page by page, as a reader extracts it (through the fonts' ToUnicode maps):
 * tests check a form says what it should, in Japanese. Spaces pdf.js puts between glyphs are kept;
 * `compact` drops all whitespace for matching across line and cell breaks.
 */
export async function pdfText(body: Buffer | Uint8Array): Promise<{ pages: string[]; compact: string }> {
  const document = await getDocumentProxy(new Uint8Array(body));
  const { text } = await extractText(document, { mergePages: false });
  const pages = text as string[];
  return { pages, compact: pages.join("").replace(/\s+/g, "") };
}
