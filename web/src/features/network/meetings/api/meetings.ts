import type {
  ActionItem,
  ActionItemInput,
  AttendeeInput,
  actionItemPageSchema,
  Meeting,
  MeetingInput,
  MeetingKind,
  meetingPageSchema,
} from "@otagai/shared/network/meetings";
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

type MeetingPage = z.infer<typeof meetingPageSchema>;
type ActionItemPage = z.infer<typeof actionItemPageSchema>;

export const meetingsPageSize = 50;

/** The list's filters, as the URL and the API both take them. */
export interface MeetingSearch {
  q?: string;
  kind?: MeetingKind;
  year?: number;
  page?: number;
}

export function useMeetings(search: MeetingSearch) {
  return useQuery({
    queryKey: ["meetings", "list", search],
    queryFn: ({ signal }) =>
      apiRequest<MeetingPage>("/api/network/meetings", {
        query: { ...search, page: search.page ?? 1, pageSize: meetingsPageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMyOpenActionItems() {
  return useQuery({
    queryKey: ["meetings", "action-items", "mine"],
    queryFn: ({ signal }) =>
      apiRequest<ActionItemPage>("/api/network/action-items", {
        query: { mine: "true", open: "true", pageSize: 50 },
        signal,
      }),
  });
}

export function useMeetingStaff() {
  return useQuery({
    queryKey: ["meetings", "staff"],
    queryFn: ({ signal }) =>
      apiRequest<{ items: { id: string; displayName: string }[] }>("/api/network/meetings/staff", { signal }),
    staleTime: 60_000,
  });
}

export function useMemberOptions(q: string) {
  return useQuery({
    queryKey: ["meetings", "member-options", q],
    queryFn: ({ signal }) =>
      apiRequest<{ items: { id: string; name: string }[] }>("/api/network/members/options", {
        query: { q },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useWorkplaceOptions(q: string) {
  return useQuery({
    queryKey: ["meetings", "workplace-options", q],
    queryFn: ({ signal }) =>
      apiRequest<{ items: { id: string; name: string }[] }>("/api/workplaces", {
        query: { q: q || undefined, pageSize: 20 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** An id as the API accepts it; anything else in the address names no record. */
export function isMeetingId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}

function meetingQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["meetings", "detail", id],
    queryFn: ({ signal }) =>
      apiRequest<Meeting>(`/api/network/meetings/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useMeeting(id: string) {
  return useQuery({ ...meetingQueryOptions(id), enabled: isMeetingId(id) });
}

function store(queryClient: QueryClient, meeting: Meeting) {
  queryClient.setQueryData(meetingQueryOptions(meeting.id).queryKey, meeting);
  void queryClient.invalidateQueries({ queryKey: ["meetings", "list"] });
}

function refresh(queryClient: QueryClient, meetingId: string) {
  void queryClient.invalidateQueries({ queryKey: meetingQueryOptions(meetingId).queryKey });
  void queryClient.invalidateQueries({ queryKey: ["meetings", "list"] });
  void queryClient.invalidateQueries({ queryKey: ["meetings", "action-items"] });
  void queryClient.invalidateQueries({ queryKey: ["today"] });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingInput) =>
      apiRequest<Meeting>("/api/network/meetings", { method: "POST", body: input }),
    onSuccess: (meeting) => store(queryClient, meeting),
  });
}

const meetingUrl = (id: string) => `/api/network/meetings/${encodeURIComponent(id)}`;

/** Saves with the version loaded; a 409 STALE_UPDATE means someone saved first. */
export function useUpdateMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { meeting: MeetingInput; version: number }) =>
      apiRequest<Meeting>(meetingUrl(id), { method: "PUT", body: input }),
    onSuccess: (meeting) => store(queryClient, meeting),
  });
}

export function useSetAttendees(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { attendees: AttendeeInput[]; version: number }) =>
      apiRequest<Meeting>(`${meetingUrl(id)}/attendees`, { method: "PUT", body: input }),
    onSuccess: (meeting) => store(queryClient, meeting),
  });
}

export function useInviteWorkplaces(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<{ added: number; meeting: Meeting }>(`${meetingUrl(id)}/invite-workplaces`, {
        method: "POST",
      }),
    onSuccess: (result) => store(queryClient, result.meeting),
  });
}

export function useCreateActionItem(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActionItemInput) =>
      apiRequest<ActionItem>(`${meetingUrl(meetingId)}/action-items`, { method: "POST", body: input }),
    onSuccess: () => refresh(queryClient, meetingId),
  });
}

export function useSetActionItemDone(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; version: number; done: boolean }) =>
      apiRequest<ActionItem>(
        `/api/network/action-items/${encodeURIComponent(input.id)}/${input.done ? "done" : "reopen"}`,
        { method: "POST", body: { version: input.version } },
      ),
    onSuccess: () => refresh(queryClient, meetingId),
  });
}
