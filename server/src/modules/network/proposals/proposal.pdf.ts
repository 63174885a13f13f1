import { translate } from "@otagai/shared/i18n/catalogs";
import type { FigureFilters, Proposal } from "@otagai/shared/network/proposals";
import type { Locale } from "@otagai/shared/platform/locales";
import { createPdfForm, formDate } from "../../../platform/pdf/form-setup.ts";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A figure's filters in words: "住まい・座間市・電話". */
export function filtersText(
  t: Translate,
  filters: FigureFilters,
  names: { categories: Map<string, string>; programs: Map<string, string> },
): string {
  const parts = [
    filters.categoryCode ? (names.categories.get(filters.categoryCode) ?? filters.categoryCode) : "",
    filters.concernTopic ? t(`support.concernTopics.${filters.concernTopic}`) : "",
    filters.area ?? "",
    filters.programId ? (names.programs.get(filters.programId) ?? "") : "",
    filters.channel ? t(`consultation.channels.${filters.channel}`) : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join("・") : "—";
}

/**
 * A proposal on A4: title, addressee, today's date in 和暦, summary and text, the figures with their
 * period (counted when printed), the issues it groups and the campaign's history.
 */
export async function renderProposalPdf(
  locale: Locale,
  proposal: Proposal,
  names: { categories: Map<string, string>; programs: Map<string, string> },
  today: string,
): Promise<Buffer> {
  const t: Translate = (key, params) => translate(locale, key, params);
  const p: Translate = (key, params) => t(`network.proposals.${key}`, params);
  const form = createPdfForm(locale, { title: proposal.title, subtitle: p("print.title") });
  form.fields(
    [
      { label: p("print.addressee"), value: proposal.addressee, span: 2, strong: true },
      { label: p("print.date"), value: formDate(today) },
      { label: p("print.status"), value: p(`statuses.${proposal.status}`) },
    ],
    2,
  );
  form.textBlock(p("print.summary"), proposal.summary || "—");
  form.textBlock(p("print.body"), proposal.body || "—");
  form
    .section(p("print.figures", { from: formDate(proposal.periodFrom), to: formDate(proposal.periodTo) }))
    .table(
      [
        { header: p("print.figureLabel"), width: 3 },
        { header: p("print.figureFilters"), width: 3 },
        { header: p("print.figureCount"), width: 1, align: "right" },
      ],
      proposal.figures.length > 0
        ? proposal.figures.map((figure) => [
            `${figure.label}（${p(`measures.${figure.measure}`)}）`,
            filtersText(t, figure.filters, names),
            String(figure.count),
          ])
        : [[p("print.none"), "", ""]],
    );
  form.section(p("print.issues")).table(
    [
      { header: p("columns.noticedOn"), width: 1.3 },
      { header: p("columns.title"), width: 2.5 },
      { header: p("columns.source"), width: 1.3 },
      { header: p("issue.observed"), width: 4 },
    ],
    proposal.issues.length > 0
      ? proposal.issues.map((issue) => [
          formDate(issue.noticedOn),
          issue.title,
          p(`sources.${issue.source}`),
          issue.observed,
        ])
      : [[p("print.none"), "", "", ""]],
  );
  form.section(p("print.events")).table(
    [
      { header: p("fields.happenedOn"), width: 1.3 },
      { header: p("fields.kind"), width: 1.2 },
      { header: p("fields.description"), width: 5 },
    ],
    proposal.events.length > 0
      ? proposal.events.map((event) => [
          formDate(event.happenedOn),
          p(`eventKinds.${event.kind}`),
          event.kind === "status" ? p(`statuses.${event.description}`) : event.description,
        ])
      : [[p("print.none"), "", ""]],
  );
  return form.toBuffer();
}
