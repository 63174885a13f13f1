import {
  type Placement,
  type PlacementInput,
  placementIdParamsSchema,
  type placementTransitionInputSchema,
  type updatePlacementInputSchema,
} from "@otagai/shared/support/placements";
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

export type UpdatePlacementInput = z.input<typeof updatePlacementInputSchema>;
export type PlacementTransitionInput = z.input<typeof placementTransitionInputSchema>;

/** GET /api/cases/:id/placements: the case's placements, the latest start first. */
export function findCasePlacements(caseId: string, signal?: AbortSignal) {
  return apiRequest<{ items: Placement[] }>(`/api/cases/${encodeURIComponent(caseId)}/placements`, {
    signal,
  });
}

export function casePlacementsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: ["placements", "case", caseId],
    queryFn: ({ signal }) => findCasePlacements(caseId, signal),
  });
}

export function useCasePlacements(caseId: string) {
  return useQuery(casePlacementsQueryOptions(caseId));
}

/** GET /api/placements/:id */
export function getPlacement(id: string, signal?: AbortSignal) {
  return apiRequest<Placement>(`/api/placements/${encodeURIComponent(id)}`, { signal });
}

export function placementQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["placements", "detail", id],
    queryFn: ({ signal }) => getPlacement(id, signal),
  });
}

/** A placement id as the API accepts it; anything else in the address names no record. */
export function isPlacementId(id: string): boolean {
  return placementIdParamsSchema.safeParse({ id }).success;
}

export function usePlacement(id: string) {
  return useQuery({ ...placementQueryOptions(id), enabled: isPlacementId(id) });
}

/**
 * After a change the answer carries whole: the page shows it at once; the case's list, the
 * workplace day sheets and the today list read again.
 */
async function storePlacement(queryClient: QueryClient, placement: Placement) {
  queryClient.setQueryData(placementQueryOptions(placement.id).queryKey, placement);
  void queryClient.invalidateQueries({ queryKey: ["today"] });
  await queryClient.invalidateQueries({ queryKey: casePlacementsQueryOptions(placement.caseId).queryKey });
}

/** POST /api/cases/:id/placements */
export function useCreatePlacement(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlacementInput) =>
      apiRequest<Placement>(`/api/cases/${encodeURIComponent(caseId)}/placements`, {
        method: "POST",
        body: input,
      }),
    onSuccess: (placement) => storePlacement(queryClient, placement),
  });
}

/** PATCH /api/placements/:id with the version the form loaded: a 409 means someone saved first. */
export function useUpdatePlacement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePlacementInput) =>
      apiRequest<Placement>(`/api/placements/${encodeURIComponent(id)}`, { method: "PATCH", body: input }),
    onSuccess: (placement) => storePlacement(queryClient, placement),
  });
}

/** POST /api/placements/:id/transitions */
export function useTransitionPlacement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlacementTransitionInput) =>
      apiRequest<Placement>(`/api/placements/${encodeURIComponent(id)}/transitions`, {
        method: "POST",
        body: input,
      }),
    onSuccess: (placement) => storePlacement(queryClient, placement),
  });
}
