import type { Today } from "@otagai/shared/today/schemas";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";

export function getToday(signal?: AbortSignal) {
  return apiRequest<Today>("/api/today", { signal });
}

export const todayQueryOptions = queryOptions({
  queryKey: ["today"],
  queryFn: ({ signal }) => getToday(signal),
});

export function useToday() {
  return useQuery(todayQueryOptions);
}
