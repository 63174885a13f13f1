import {
  type FigureFilters,
  type FigureMeasure,
  figureFiltersSchema,
  nextProposalStatus,
  type PolicyEvidence,
  type PolicyIssue,
  type PolicyIssueFrequency,
  type PolicyIssueSource,
  type Proposal,
  type ProposalEvent,
  type ProposalEventKind,
  type ProposalFigure,
  type ProposalStatus,
  type ProposalSummary,
} from "@otagai/shared/network/proposals";
import type { EvidenceRow, PolicyIssueRow } from "./issues.repository.ts";
import type { EventRow, FigureRow, ProposalRow } from "./proposals.repository.ts";

export function presentPolicyIssue(row: PolicyIssueRow): PolicyIssue {
  return {
    id: row.id,
    title: row.title,
    observed: row.observed,
    source: row.source as PolicyIssueSource,
    place: row.place,
    frequency: row.frequency as PolicyIssueFrequency,
    noticedOn: row.noticedOn,
    proposalId: row.proposalId,
    proposalTitle: row.proposalTitle,
    evidenceCount: row.evidenceCount,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Evidence without personal details: the month, the category or program, topics, channel. */
export function presentEvidence(row: EvidenceRow): PolicyEvidence {
  if (row.consultationId)
    return {
      id: row.id,
      kind: "consultation",
      recordId: row.consultationId,
      month: row.consultationMonth,
      categoryCode: row.categoryCode,
      categoryName: row.categoryName,
      programName: null,
      concernTopics: row.consultationTopics ?? [],
      channel: row.channel,
      addedAt: row.addedAt.toISOString(),
    };
  return {
    id: row.id,
    kind: "case",
    recordId: row.caseId ?? "",
    month: row.caseMonth,
    categoryCode: null,
    categoryName: null,
    programName: row.programName,
    concernTopics: row.caseTopics ?? [],
    channel: null,
    addedAt: row.addedAt.toISOString(),
  };
}

/** Filters as stored (jsonb): what the schema still accepts, nothing else. */
export function figureFiltersOf(row: FigureRow): FigureFilters {
  const parsed = figureFiltersSchema.safeParse(row.filters);
  return parsed.success ? parsed.data : {};
}

export function presentFigure(row: FigureRow, count: number): ProposalFigure {
  return {
    id: row.id,
    label: row.label,
    measure: row.measure as FigureMeasure,
    filters: figureFiltersOf(row),
    position: row.position,
    count,
  };
}

export function presentEvent(row: EventRow): ProposalEvent {
  return {
    id: row.id,
    happenedOn: row.happenedOn,
    kind: row.kind as ProposalEventKind,
    description: row.description,
    createdByName: row.createdByName,
  };
}

export function presentProposalSummary(row: ProposalRow, issueCount: number): ProposalSummary {
  return {
    id: row.id,
    title: row.title,
    addressee: row.addressee,
    status: row.status as ProposalStatus,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    submittedOn: row.submittedOn,
    issueCount,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentProposal(
  row: ProposalRow,
  parts: { figures: ProposalFigure[]; issues: PolicyIssue[]; events: ProposalEvent[] },
): Proposal {
  const status = row.status as ProposalStatus;
  return {
    id: row.id,
    title: row.title,
    addressee: row.addressee,
    summary: row.summary,
    body: row.body,
    status,
    nextStatus: nextProposalStatus(status),
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    submittedOn: row.submittedOn,
    answeredOn: row.answeredOn,
    answer: row.answer,
    ...parts,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
