import { Button, Group } from "@mantine/core";
import { toWareki } from "@otagai/shared/japanese/era";
import { IconDownload, IconPrinter } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../../components/use-page-title";
import { todayInJapan } from "../cases/components/dates";

/**
 * A4 print views of the national forms (issue 11, ADR 018): the same content as the server's PDF,
 * laid out for the browser's print. The app's header and navigation and this page's buttons are
 * left off the paper; tables repeat their header on each page and rows do not split.
 */
const printCss = `
@page { size: A4; margin: 14mm 12mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
.print-sheet { max-width: 186mm; margin: 0 auto; background: #fff; color: #000; font-size: 10pt; line-height: 1.5;
  font-family: "Noto Sans JP", "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", Meiryo, "Yu Gothic UI", sans-serif; }
.print-sheet h1 { font-size: 16pt; text-align: center; margin: 0 0 2mm; }
.print-sheet .print-subtitle { text-align: center; margin: 0 0 4mm; }
.print-sheet .print-running { display: flex; justify-content: space-between; font-size: 8pt; color: #444; border-bottom: 0.5pt solid #555; margin-bottom: 4mm; }
.print-sheet h2 { font-size: 10.5pt; background: #eee; border: 0.5pt solid #555; padding: 1mm 2mm; margin: 4mm 0 0; break-after: avoid; }
.print-sheet table { width: 100%; border-collapse: collapse; margin: 0; }
.print-sheet th, .print-sheet td { border: 0.5pt solid #555; padding: 1mm 1.5mm; vertical-align: top; text-align: left; white-space: pre-wrap; overflow-wrap: anywhere; }
.print-sheet th { background: #eee; font-weight: 700; font-size: 8.5pt; }
.print-sheet thead { display: table-header-group; }
.print-sheet tr { break-inside: avoid; }
.print-sheet td.strong, .print-sheet th.strong { border: 1.6pt solid #000; }
.print-sheet .print-center { text-align: center; }
.print-sheet .print-note { margin: 2mm 0; }
.print-sheet .print-block { border-bottom: 0.5pt solid #555; padding: 1mm 0 2mm; white-space: pre-wrap; }
.print-sheet .print-signatures { display: flex; margin-top: 3mm; }
.print-sheet .print-signatures div { flex: 1; border: 0.5pt solid #555; height: 13mm; padding: 1mm; font-size: 8pt; color: #444; }
.print-sheet .print-page-break { break-before: page; }
.print-sheet .print-footer { font-size: 8pt; color: #444; margin-top: 4mm; }
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  .print-sheet { max-width: none; }
}
@media screen { .print-sheet { padding: 12mm; box-shadow: 0 0 4px rgba(0,0,0,.3); } }
`;

export function PrintSheet({
  title,
  subtitle,
  pdfUrl,
  back,
  children,
}: {
  title: string;
  subtitle?: string;
  /** The server's PDF of the same form. */
  pdfUrl: string;
  /** A link back to the record's page. */
  back: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <>
      <style>{printCss}</style>
      <Group className="no-print" justify="space-between" mb="md">
        {back}
        <Group gap="sm">
          <Button
            component="a"
            href={pdfUrl}
            download
            variant="outline"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t("print.downloadPdf")}
          </Button>
          <Button onClick={() => window.print()} leftSection={<IconPrinter size={16} aria-hidden />}>
            {t("print.print")}
          </Button>
        </Group>
      </Group>
      <article className="print-sheet" aria-label={title}>
        <div className="print-running">
          <span>{title}</span>
          <span>{t("print.printedOn", { date: toWareki(todayInJapan()) ?? todayInJapan() })}</span>
        </div>
        <h1>{title}</h1>
        {subtitle ? <p className="print-subtitle">{subtitle}</p> : null}
        {children}
        <p className="print-footer">{t("print.confidential")}</p>
      </article>
    </>
  );
}

export type PrintField = { label: string; value: ReactNode; span?: number; strong?: boolean };

/** Labels and values, two to a row (a field may take the whole row), as the national forms lay them out. */
export function PrintFields({ fields }: { fields: PrintField[] }) {
  const rows: PrintField[][] = [];
  let row: PrintField[] = [];
  let used = 0;
  for (const field of fields) {
    const span = Math.min(field.span ?? 1, 2);
    if (used + span > 2) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push({ ...field, span });
    used += span;
  }
  if (row.length > 0) rows.push(row);
  return (
    <table>
      <colgroup>
        <col style={{ width: "15%" }} />
        <col style={{ width: "35%" }} />
        <col style={{ width: "15%" }} />
        <col style={{ width: "35%" }} />
      </colgroup>
      <tbody>
        {rows.map((cells) => (
          <tr key={cells.map((cell) => cell.label).join("|")}>
            {cells.map((cell) => (
              <PrintFieldCells key={cell.label} field={cell} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PrintFieldCells({ field }: { field: PrintField }) {
  const className = field.strong ? "strong" : undefined;
  return (
    <>
      <th scope="row" className={className}>
        {field.label}
      </th>
      <td className={className} colSpan={field.span === 2 ? 3 : 1}>
        {field.value || "—"}
      </td>
    </>
  );
}

export function PrintTable({
  headers,
  rows,
  widths,
}: {
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
  /** Percent widths of the columns. */
  widths?: number[];
}) {
  return (
    <table>
      {widths ? (
        <colgroup>
          {widths.map((width, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
            <col key={index} style={{ width: `${width}%` }} />
          ))}
        </colgroup>
      ) : null}
      {headers.some((header) => header !== "") ? (
        <thead>
          <tr>
            {headers.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
              <th key={index} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PrintSignatures({ labels }: { labels: string[] }) {
  return (
    <div className="print-signatures">
      {labels.map((label) => (
        <div key={label}>{label}</div>
      ))}
    </div>
  );
}

/** A date as the forms print it: 和暦, in either language. */
export function printDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "—";
  return toWareki(isoDate) ?? isoDate;
}
