import type {
  AddEvidenceInput,
  FigureInput,
  FigureOptions,
  MoveProposalInput,
  PolicyIssueDetail,
  PolicyIssueInput,
  Proposal,
  ProposalEventInput,
  ProposalInput,
  policyIssuePageSchema,
  proposalPageSchema,
} from "@otagai/shared/network/proposals";
import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

type ProposalPage = z.infer<typeof proposalPageSchema>;
type PolicyIssuePage = z.infer<typeof policyIssuePageSchema>;

/** An id as the API accepts it; anything else in the address names no record. */
export function isRecordId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}

export const proposalsBase = "/api/network/proposals";
export const issuesBase = "/api/network/policy-issues";
export const proposalPdfUrl = (id: string) => `${proposalsBase}/${encodeURIComponent(id)}/print.pdf`;

export function useProposals() {
  return useQuery({
    queryKey: ["proposals", "list"],
    queryFn: ({ signal }) => apiRequest<ProposalPage>(proposalsBase, { query: { pageSize: 200 }, signal }),
  });
}

/**
 * The newest issues: the 200 in no proposal yet (the proposals page), or the first 50 whose words
 * match `q` (choosing one elsewhere; the server searches).
 */
export function useIssues(filter: { unassigned?: boolean; q?: string }, enabled = true) {
  const unassigned = filter.unassigned ? "true" : undefined;
  const q = filter.q || undefined;
  return useQuery({
    queryKey: ["policy-issues", unassigned ? "unassigned" : "recent", q ?? ""],
    queryFn: ({ signal }) =>
      apiRequest<PolicyIssuePage>(issuesBase, {
        query: { unassigned, q, pageSize: unassigned ? 200 : 50 },
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useFigureOptions() {
  return useQuery({
    queryKey: ["proposals", "figure-options"],
    queryFn: ({ signal }) => apiRequest<FigureOptions>(`${proposalsBase}/figure-options`, { signal }),
    staleTime: 60_000,
  });
}

function proposalQuery(id: string) {
  return queryOptions({
    queryKey: ["proposals", "detail", id],
    queryFn: ({ signal }) => apiRequest<Proposal>(`${proposalsBase}/${encodeURIComponent(id)}`, { signal }),
  });
}
export function useProposal(id: string) {
  return useQuery({ ...proposalQuery(id), enabled: isRecordId(id) });
}

function issueQuery(id: string) {
  return queryOptions({
    queryKey: ["policy-issues", "detail", id],
    queryFn: ({ signal }) =>
      apiRequest<PolicyIssueDetail>(`${issuesBase}/${encodeURIComponent(id)}`, { signal }),
  });
}
export function usePolicyIssue(id: string) {
  return useQuery({ ...issueQuery(id), enabled: isRecordId(id) });
}

function storeProposal(queryClient: QueryClient, proposal: Proposal) {
  queryClient.setQueryData(proposalQuery(proposal.id).queryKey, proposal);
  void queryClient.invalidateQueries({ queryKey: ["proposals", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["policy-issues"] });
}
function storeIssue(queryClient: QueryClient, issue: PolicyIssueDetail) {
  queryClient.setQueryData(issueQuery(issue.id).queryKey, issue);
  void queryClient.invalidateQueries({ queryKey: ["policy-issues", "unassigned"] });
  void queryClient.invalidateQueries({ queryKey: ["proposals"] });
}

export function useCreateProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposalInput) =>
      apiRequest<Proposal>(proposalsBase, { method: "POST", body: input }),
    onSuccess: (proposal) => storeProposal(queryClient, proposal),
  });
}

/** One change to a proposal or its parts: the answer is the whole proposal, figures counted again. */
function useProposalChange<I>(
  id: string,
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  path: (input: I) => string,
  withBody = true,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) =>
      apiRequest<Proposal>(`${proposalsBase}/${encodeURIComponent(id)}${path(input)}`, {
        method,
        ...(withBody ? { body: input } : {}),
      }),
    onSuccess: (proposal) => storeProposal(queryClient, proposal),
  });
}

export const useUpdateProposal = (id: string) =>
  useProposalChange<{ proposal: ProposalInput; version: number }>(id, "PATCH", () => "");
export const useMoveProposal = (id: string) =>
  useProposalChange<MoveProposalInput>(id, "POST", () => "/status");
export const useAddProposalEvent = (id: string) =>
  useProposalChange<ProposalEventInput>(id, "POST", () => "/events");
export const useAddFigure = (id: string) => useProposalChange<FigureInput>(id, "POST", () => "/figures");
export function useUpdateFigure(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ figureId, figure }: { figureId: string; figure: FigureInput }) =>
      apiRequest<Proposal>(
        `${proposalsBase}/${encodeURIComponent(id)}/figures/${encodeURIComponent(figureId)}`,
        {
          method: "PATCH",
          body: figure,
        },
      ),
    onSuccess: (proposal) => storeProposal(queryClient, proposal),
  });
}
export const useDeleteFigure = (id: string) =>
  useProposalChange<string>(id, "DELETE", (figureId) => `/figures/${encodeURIComponent(figureId)}`, false);
export const useReorderFigures = (id: string) =>
  useProposalChange<{ figureIds: string[] }>(id, "PUT", () => "/figures/order");

export function useCreatePolicyIssue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PolicyIssueInput) =>
      apiRequest<PolicyIssueDetail>(issuesBase, { method: "POST", body: input }),
    onSuccess: (issue) => storeIssue(queryClient, issue),
  });
}

function useIssueChange<I>(
  id: string,
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  path: (input: I) => string,
  withBody = true,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) =>
      apiRequest<PolicyIssueDetail>(`${issuesBase}/${encodeURIComponent(id)}${path(input)}`, {
        method,
        ...(withBody ? { body: input } : {}),
      }),
    onSuccess: (issue) => storeIssue(queryClient, issue),
  });
}

export const useUpdatePolicyIssue = (id: string) =>
  useIssueChange<{ issue: PolicyIssueInput; version: number }>(id, "PATCH", () => "");
export const useAssignPolicyIssue = (id: string) =>
  useIssueChange<{ proposalId: string | null; version: number }>(id, "PUT", () => "/proposal");
export const useAddEvidence = (id: string) => useIssueChange<AddEvidenceInput>(id, "POST", () => "/evidence");
export const useRemoveEvidence = (id: string) =>
  useIssueChange<string>(id, "DELETE", (evidenceId) => `/evidence/${encodeURIComponent(evidenceId)}`, false);

/** Links the record being read to the issue chosen (useAddEvidence's twin, the issue not known ahead). */
export function useAddAsEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ issueId, input }: { issueId: string; input: AddEvidenceInput }) =>
      apiRequest<PolicyIssueDetail>(`${issuesBase}/${encodeURIComponent(issueId)}/evidence`, {
        method: "POST",
        body: input,
      }),
    onSuccess: (issue) => storeIssue(queryClient, issue),
  });
}
