import type { CaseLead } from "@otagai/shared/support/cases";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

/** GET /api/programs/:id/case-leads: who may lead a case of the program (names only). */
export function findCaseLeads(programId: string, signal?: AbortSignal) {
  return apiRequest<{ items: CaseLead[] }>(`/api/programs/${encodeURIComponent(programId)}/case-leads`, {
    signal,
  });
}

export function caseLeadsQueryOptions(programId: string) {
  return queryOptions({
    queryKey: ["programs", programId, "case-leads"],
    queryFn: ({ signal }) => findCaseLeads(programId, signal),
    staleTime: 5 * 60_000,
  });
}

/** The lead pickers' options: the program's possible leads, the user first ("自分"), 五十音順 after. */
export function useCaseLeadOptions(
  programId: string | null,
  me: { id: string },
  meLabel: (name: string) => string,
) {
  const leads = useQuery({ ...caseLeadsQueryOptions(programId ?? ""), enabled: programId !== null });
  const items = leads.data?.items ?? [];
  const mine = items.filter((lead) => lead.id === me.id);
  const others = items.filter((lead) => lead.id !== me.id);
  return {
    options: [
      ...mine.map((lead) => ({ value: lead.id, label: meLabel(lead.displayName) })),
      ...others.map((lead) => ({ value: lead.id, label: lead.displayName })),
    ],
    isPending: programId !== null && leads.isPending,
  };
}
