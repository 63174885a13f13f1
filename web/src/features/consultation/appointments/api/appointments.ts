import type {
  Appointment,
  BookAppointmentInput,
  Calendar,
  ClosedDay,
  ConsultationSchedule,
  ConsultationScheduleInput,
  DayList,
  VisitFromConsultationInput,
} from "@otagai/shared/consultation/appointments";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";

const key = ["consultation-appointments"] as const;
const path = (id: string) => encodeURIComponent(id);

export function useCalendar(from: string, to: string) {
  return useQuery(
    queryOptions({
      queryKey: [...key, "calendar", from, to],
      queryFn: ({ signal }) =>
        apiRequest<Calendar>("/api/consultation-calendar", { query: { from, to }, signal }),
    }),
  );
}

export function useDayList(date: string) {
  return useQuery({
    queryKey: [...key, "day-list", date],
    queryFn: ({ signal }) => apiRequest<DayList>("/api/consultation-day-list", { query: { date }, signal }),
  });
}

export function useConsultationAppointments(consultationId: string) {
  return useQuery({
    queryKey: [...key, "consultation", consultationId],
    queryFn: ({ signal }) =>
      apiRequest<{ items: Appointment[] }>(`/api/consultations/${path(consultationId)}/appointments`, {
        signal,
      }),
  });
}

/** Every change refetches the calendar, the day lists and the consultation's appointments. */
function useAppointmentMutation<Input>(request: (input: Input) => Promise<Appointment>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export const useBookAppointment = () =>
  useAppointmentMutation((input: BookAppointmentInput) =>
    apiRequest<Appointment>("/api/appointments", { method: "POST", body: input }),
  );

export const useBookVisit = (consultationId: string) =>
  useAppointmentMutation((input: VisitFromConsultationInput) =>
    apiRequest<Appointment>(`/api/consultations/${path(consultationId)}/visit`, {
      method: "POST",
      body: input,
    }),
  );

export type MoveInput = {
  startsAt: string;
  endsAt: string;
  room: string;
  consultantId: string;
  scheduleId: string | null;
  version: number;
};
export const useMoveAppointment = () =>
  useAppointmentMutation(({ id, ...input }: MoveInput & { id: string }) =>
    apiRequest<Appointment>(`/api/appointments/${path(id)}/move`, { method: "POST", body: input }),
  );
export const useCancelAppointment = () =>
  useAppointmentMutation(({ id, ...input }: { id: string; reason: string; version: number }) =>
    apiRequest<Appointment>(`/api/appointments/${path(id)}/cancel`, { method: "POST", body: input }),
  );
export const useMarkAppointment = () =>
  useAppointmentMutation(({ id, ...input }: { id: string; status: "kept" | "missed"; version: number }) =>
    apiRequest<Appointment>(`/api/appointments/${path(id)}/outcome`, { method: "POST", body: input }),
  );

// ── Schedules and closed days ────────────────────────────────────────────────────

export function useSchedules() {
  return useQuery({
    queryKey: [...key, "schedules"],
    queryFn: ({ signal }) =>
      apiRequest<{ items: ConsultationSchedule[] }>("/api/consultation-schedules", { signal }),
  });
}

export function useSaveSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      schedule,
    }: {
      id?: string;
      version?: number;
      schedule: ConsultationScheduleInput;
    }) =>
      id
        ? apiRequest<ConsultationSchedule>(`/api/consultation-schedules/${path(id)}`, {
            method: "PATCH",
            body: { schedule, version },
          })
        : apiRequest<ConsultationSchedule>("/api/consultation-schedules", { method: "POST", body: schedule }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useClosedDays(year: number) {
  return useQuery({
    queryKey: [...key, "closed-days", year],
    queryFn: ({ signal }) =>
      apiRequest<{ items: ClosedDay[] }>("/api/consultation-closed-days", { query: { year }, signal }),
  });
}

export function useAddClosedDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { date: string; reason: string }) =>
      apiRequest<ClosedDay>("/api/consultation-closed-days", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useRemoveClosedDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: string) =>
      apiRequest<void>(`/api/consultation-closed-days/${path(date)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
