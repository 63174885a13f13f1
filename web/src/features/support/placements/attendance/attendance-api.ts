import type {
  DaySheet,
  PlacementAttendance,
  SaveAttendanceInput,
  SaveDaySheetInput,
} from "@otagai/shared/support/attendance";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest, isApiError } from "../../../../app/api-client";
import { type Conflict, conflictsOf } from "./attendance-edits";

/**
 * Attendance by placement (a week at a time) and by workplace (a day sheet). The same calls serve
 * staff ("/api/placements/<id>", "/api/workplaces/<id>/day-sheet") and the partner portal
 * ("/api/portal/placements/<id>", "/api/portal/day-sheet"): the caller gives the base.
 */
export function attendanceQueryOptions(placementBase: string, from: string, to: string) {
  return queryOptions({
    queryKey: ["attendance", placementBase, from, to],
    queryFn: ({ signal }) =>
      apiRequest<PlacementAttendance>(`${placementBase}/attendance`, { query: { from, to }, signal }),
  });
}

export function useAttendance(placementBase: string, from: string, to: string) {
  return useQuery(attendanceQueryOptions(placementBase, from, to));
}

/** Saves the changed days of a week; the answer is the week again (with its rates), shown at once. */
export function useSaveAttendance(placementBase: string, from: string, to: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveAttendanceInput) =>
      apiRequest<PlacementAttendance>(`${placementBase}/attendance`, { method: "PUT", body: input }),
    onSuccess: (answer) => {
      queryClient.setQueryData(attendanceQueryOptions(placementBase, from, to).queryKey, answer);
      // Other weeks' term and total rates changed too.
      void queryClient.invalidateQueries({
        queryKey: ["attendance", placementBase],
        predicate: (query) => query.queryKey[2] !== from,
      });
      void queryClient.invalidateQueries({ queryKey: ["day-sheet"] });
    },
  });
}

export function daySheetQueryOptions(daySheetBase: string, date: string) {
  return queryOptions({
    queryKey: ["day-sheet", daySheetBase, date],
    queryFn: ({ signal }) => apiRequest<DaySheet>(daySheetBase, { query: { date }, signal }),
  });
}

export function useDaySheet(daySheetBase: string, date: string) {
  return useQuery({ ...daySheetQueryOptions(daySheetBase, date), enabled: date !== "" });
}

export function useSaveDaySheet(daySheetBase: string, date: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveDaySheetInput) =>
      apiRequest<DaySheet>(daySheetBase, { method: "PUT", body: input }),
    onSuccess: (answer) => {
      queryClient.setQueryData(daySheetQueryOptions(daySheetBase, date).queryKey, answer);
      void queryClient.invalidateQueries({ queryKey: ["attendance"] });
    },
  });
}

/** A 409 naming the days (or placements) someone else saved first, or null for any other error. */
export function conflictsOfError(error: unknown): Conflict[] | null {
  return isApiError(error) && error.status === 409 ? conflictsOf(error.details) : null;
}

/** No answer (offline, server down) or a session that ran out: the typing is kept on this device. */
export function isConnectionLost(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || error.status === 401);
}

/** A 400's field errors by the index of the day or row sent ("body.days.2.absenceReason"). */
export function fieldErrorsByIndex(error: unknown): Map<number, { field: string; message: string }[]> {
  const result = new Map<number, { field: string; message: string }[]>();
  if (!isApiError(error)) return result;
  for (const field of error.fields) {
    const match = /(?:days|rows)\.(\d+)\.?(\w*)/.exec(field.path);
    if (!match) continue;
    const index = Number(match[1]);
    result.set(index, [
      ...(result.get(index) ?? []),
      { field: match[2] || "status", message: field.message },
    ]);
  }
  return result;
}
