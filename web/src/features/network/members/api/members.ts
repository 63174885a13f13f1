import type {
  DuesWithOrganization,
  MemberCount,
  MemberCountByYear,
  MemberDues,
  MemberDuesInput,
  MemberField,
  MemberKind,
  MemberOption,
  MemberOrganization,
  MemberOrganizationInput,
  MemberStatus,
  memberOrganizationPageSchema,
  UpdateMemberOrganizationInput,
} from "@otagai/shared/network/members";
import {
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { z } from "zod";
import { downloadFile } from "../../../../app/api/download-file";
import { apiRequest } from "../../../../app/api-client";

type MemberPage = z.infer<typeof memberOrganizationPageSchema>;

export const membersPageSize = 50;

/** The list's filters, as the URL and the API both take them. */
export interface MemberSearch {
  q?: string;
  kind?: MemberKind;
  field?: MemberField;
  area?: string;
  status?: MemberStatus;
  page?: number;
}

export function useMembers(search: MemberSearch) {
  return useQuery({
    queryKey: ["network", "members", "list", search],
    queryFn: ({ signal }) =>
      apiRequest<MemberPage>("/api/network/members", {
        query: { ...search, page: search.page ?? 1, pageSize: membersPageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Active and resting organizations for a picker (at most 20 by name or reading). */
export function useMemberOptions(q: string) {
  return useQuery({
    queryKey: ["network", "members", "options", q],
    queryFn: ({ signal }) =>
      apiRequest<{ items: MemberOption[] }>("/api/network/members/options", {
        query: { q: q || undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

function memberQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["network", "members", "detail", id],
    queryFn: ({ signal }) =>
      apiRequest<MemberOrganization>(`/api/network/members/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useMember(id: string) {
  return useQuery(memberQueryOptions(id));
}

function storeMember(queryClient: QueryClient, member: MemberOrganization) {
  queryClient.setQueryData(memberQueryOptions(member.id).queryKey, member);
  void queryClient.invalidateQueries({ queryKey: ["network", "members", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["network", "members", "count"] });
}

export function useCreateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MemberOrganizationInput) =>
      apiRequest<MemberOrganization>("/api/network/members", { method: "POST", body: input }),
    onSuccess: (member) => storeMember(queryClient, member),
  });
}

export function useUpdateMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMemberOrganizationInput) =>
      apiRequest<MemberOrganization>(`/api/network/members/${encodeURIComponent(id)}`, {
        method: "PUT",
        body: input,
      }),
    onSuccess: (member) => storeMember(queryClient, member),
  });
}

export function useMemberCount(on: string) {
  return useQuery({
    queryKey: ["network", "members", "count", on],
    queryFn: ({ signal }) => apiRequest<MemberCount>("/api/network/members/count", { query: { on }, signal }),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(on),
    placeholderData: keepPreviousData,
  });
}

export function useMemberCountByYear(from: number, to: number) {
  return useQuery({
    queryKey: ["network", "members", "count", "by-year", from, to],
    queryFn: ({ signal }) =>
      apiRequest<MemberCountByYear>("/api/network/members/count-by-year", { query: { from, to }, signal }),
  });
}

function duesQueryKey(id: string) {
  return ["network", "members", "dues", id] as const;
}

export function useMemberDues(id: string) {
  return useQuery({
    queryKey: duesQueryKey(id),
    queryFn: ({ signal }) =>
      apiRequest<{ items: MemberDues[] }>(`/api/network/members/${encodeURIComponent(id)}/dues`, { signal }),
  });
}

export function useSaveDues(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fiscalYear, input }: { fiscalYear: number; input: MemberDuesInput }) =>
      apiRequest<MemberDues>(`/api/network/members/${encodeURIComponent(id)}/dues/${fiscalYear}`, {
        method: "PUT",
        body: input,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: duesQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: ["network", "dues"] });
    },
  });
}

export function useDuesList(query: { fiscalYear?: number; unpaid?: boolean }) {
  return useQuery({
    queryKey: ["network", "dues", query],
    queryFn: ({ signal }) =>
      apiRequest<{ items: DuesWithOrganization[] }>("/api/network/dues", {
        query: {
          fiscalYear: query.fiscalYear,
          unpaid: query.unpaid === undefined ? undefined : String(query.unpaid),
        },
        signal,
      }),
  });
}

/** The filtered list as .xlsx (fetched, so a refusal shows on the page in the app's words). */
export function useExportMembers() {
  return useMutation({
    mutationFn: async (search: MemberSearch) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(search))
        if (key !== "page" && value !== undefined && value !== "") query.set(key, String(value));
      const text = query.toString();
      await downloadFile(`/api/network/members/export${text ? `?${text}` : ""}`, "member-organizations.xlsx");
    },
  });
}

/** Makes the organization a prospect in the partner-workplace pipeline (the prospects' endpoint). */
export function useAddProspect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberOrganizationId: string) =>
      apiRequest<{ id: string }>("/api/network/prospects", {
        method: "POST",
        body: { memberOrganizationId },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["network"] }),
  });
}
