import { translate } from "@otagai/shared/i18n/catalogs";
import {
  type figureInputSchema,
  type findProposalsQuerySchema,
  type MoveProposalInput,
  nextProposalStatus,
  type Proposal,
  type ProposalEventInput,
  type ProposalStatus,
  type proposalInputSchema,
  type updateProposalInputSchema,
} from "@otagai/shared/network/proposals";
import type { Locale } from "@otagai/shared/platform/locales";
import type { z } from "zod";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import type { FileResponse } from "../../../platform/http/route.ts";
import { todayInJapan } from "../../../platform/japan-time.ts";
import { pdfFileName } from "../../../platform/pdf/form-setup.ts";
import { countFigure, findFigureOptions } from "./figures.repository.ts";
import { countIssuesByProposal, findProposalIssues } from "./issues.repository.ts";
import { renderProposalPdf } from "./proposal.pdf.ts";
import {
  figureFiltersOf,
  presentEvent,
  presentFigure,
  presentPolicyIssue,
  presentProposal,
  presentProposalSummary,
} from "./proposals.presenter.ts";
import * as repository from "./proposals.repository.ts";

type FindProposals = z.output<typeof findProposalsQuerySchema>;
type ProposalInput = z.output<typeof proposalInputSchema>;
type UpdateProposal = z.output<typeof updateProposalInputSchema>;
type FigureInput = z.output<typeof figureInputSchema>;

export const policyProposalEntity = "policy_proposal";

/** Proposals name nobody (figures are counts): not audited reads. */
export async function findProposals(db: Database, query: FindProposals) {
  const { rows, total, totalCapped } = await repository.findProposals(db, query);
  const issueCounts = await countIssuesByProposal(
    db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => presentProposalSummary(row, issueCounts.get(row.id) ?? 0)),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export function getFigureOptions(db: Database) {
  return findFigureOptions(db);
}

async function requireProposal(db: Database, id: string, options: { forUpdate?: boolean } = {}) {
  const row = await repository.getProposal(db, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** The proposal with its figures counted now, its issues and its campaign history (newest first). */
async function proposalDetail(db: Database, id: string): Promise<Proposal> {
  const row = await requireProposal(db, id);
  const period = { from: row.periodFrom, to: row.periodTo };
  const [figureRows, issues, events] = await Promise.all([
    repository.findFigures(db, id),
    findProposalIssues(db, id),
    repository.findEvents(db, id),
  ]);
  const figures = [];
  for (const figure of figureRows)
    figures.push(
      presentFigure(
        figure,
        await countFigure(db, figure.measure as FigureInput["measure"], figureFiltersOf(figure), period),
      ),
    );
  return presentProposal(row, {
    figures,
    issues: issues.map(presentPolicyIssue),
    events: events.map(presentEvent),
  });
}

export function getProposal(db: Database, id: string): Promise<Proposal> {
  return proposalDetail(db, id);
}

export async function createProposal(
  db: Database,
  actor: Actor & { id: string },
  input: ProposalInput,
): Promise<Proposal> {
  return db.transaction(async (tx) => {
    const row = await repository.insertProposal(tx, { ...input, createdBy: actor.id });
    await recordAudit(tx, actor, {
      action: "create",
      entity: policyProposalEntity,
      recordId: row.id,
      changedFields: Object.keys(input).filter((field) => input[field as keyof ProposalInput] !== ""),
    });
    return proposalDetail(tx, row.id);
  });
}

export async function updateProposal(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateProposal,
): Promise<Proposal> {
  return db.transaction(async (tx) => {
    const current = await requireProposal(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const changes = Object.fromEntries(
      Object.entries(input.proposal).filter(
        ([field, value]) => current[field as keyof ProposalInput] !== value,
      ),
    );
    if (Object.keys(changes).length === 0) return proposalDetail(tx, id);
    if (!(await repository.updateProposal(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: policyProposalEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return proposalDetail(tx, id);
  });
}

/**
 * Moves the status one step (draft → discussed → submitted → answered): submitted records its day,
 * answered its day and the answer; each move is a `status` event of the campaign's history.
 */
export async function moveProposal(
  db: Database,
  actor: Actor & { id: string },
  id: string,
  input: MoveProposalInput & { answer: string },
): Promise<Proposal> {
  return db.transaction(async (tx) => {
    const current = await requireProposal(tx, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    if (nextProposalStatus(current.status as ProposalStatus) !== input.status)
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.status", code: "not_next", messageKey: "proposalStatusNotNext" },
      ]);
    const changes: Partial<repository.ProposalValues> = { status: input.status };
    if (input.status === "submitted") changes.submittedOn = input.on;
    if (input.status === "answered") Object.assign(changes, { answeredOn: input.on, answer: input.answer });
    if (!(await repository.updateProposal(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await repository.insertEvent(tx, {
      proposalId: id,
      happenedOn: input.on,
      kind: "status",
      description: input.status,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: "update",
      entity: policyProposalEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    return proposalDetail(tx, id);
  });
}

/** Parts of a proposal (events, figures) change it: audited on the proposal, with a new version. */
async function changePart(
  db: Database,
  actor: Actor,
  id: string,
  field: "events" | "figures",
  change: (tx: Database) => Promise<boolean>,
): Promise<Proposal> {
  return db.transaction(async (tx) => {
    await requireProposal(tx, id, { forUpdate: true });
    if (!(await change(tx))) throw new AppError("NOT_FOUND");
    await repository.touchProposal(tx, id);
    await recordAudit(tx, actor, {
      action: "update",
      entity: policyProposalEntity,
      recordId: id,
      changedFields: [field],
    });
    return proposalDetail(tx, id);
  });
}

export function addProposalEvent(
  db: Database,
  actor: Actor & { id: string },
  id: string,
  input: ProposalEventInput,
): Promise<Proposal> {
  return changePart(db, actor, id, "events", async (tx) => {
    await repository.insertEvent(tx, { ...input, proposalId: id, createdBy: actor.id });
    return true;
  });
}

export function addFigure(db: Database, actor: Actor, id: string, input: FigureInput): Promise<Proposal> {
  return changePart(db, actor, id, "figures", async (tx) => {
    await repository.insertFigure(tx, { ...input, proposalId: id });
    return true;
  });
}

export function updateFigure(
  db: Database,
  actor: Actor,
  id: string,
  figureId: string,
  input: FigureInput,
): Promise<Proposal> {
  return changePart(db, actor, id, "figures", (tx) => repository.updateFigure(tx, id, figureId, input));
}

export function deleteFigure(db: Database, actor: Actor, id: string, figureId: string): Promise<Proposal> {
  return changePart(db, actor, id, "figures", (tx) => repository.deleteFigure(tx, id, figureId));
}

/** Puts the figures in the order given: every one of the proposal's, each once. */
export function reorderFigures(
  db: Database,
  actor: Actor,
  id: string,
  figureIds: string[],
): Promise<Proposal> {
  return changePart(db, actor, id, "figures", async (tx) => {
    const current = await repository.findFigures(tx, id);
    const known = new Set(current.map((figure) => figure.id));
    if (
      new Set(figureIds).size !== figureIds.length ||
      figureIds.length !== known.size ||
      figureIds.some((figureId) => !known.has(figureId))
    )
      throw new AppError("VALIDATION_FAILED", [
        { path: "body.figureIds", code: "mismatch", messageKey: "figureNotInProposal" },
      ]);
    for (const [position, figureId] of figureIds.entries())
      await repository.updateFigure(tx, id, figureId, { position });
    return true;
  });
}

/** The proposal on A4 (PDF), its figures counted now. */
export async function printProposal(db: Database, locale: Locale, id: string): Promise<FileResponse> {
  const proposal = await proposalDetail(db, id);
  const options = await findFigureOptions(db);
  const today = todayInJapan();
  const body = await renderProposalPdf(
    locale,
    proposal,
    {
      categories: new Map(options.categories.map((category) => [category.code, category.name])),
      programs: new Map(options.programs.map((program) => [program.id, program.name])),
    },
    today,
  );
  return {
    filename: pdfFileName(translate(locale, "network.proposals.print.fileName"), proposal.title, today),
    body,
  };
}
