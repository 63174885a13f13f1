import type { PortalPlacement } from "@otagai/shared/support/portal";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../../app/api-client";
import { isPlacementId } from "./placements";

/** GET /api/portal/placements: the partner's own workplace's placements. */
export function findPortalPlacements(signal?: AbortSignal) {
  return apiRequest<{ items: PortalPlacement[] }>("/api/portal/placements", { signal });
}

export function usePortalPlacements() {
  return useQuery(
    queryOptions({
      queryKey: ["portal", "placements"],
      queryFn: ({ signal }) => findPortalPlacements(signal),
    }),
  );
}

/** GET /api/portal/placements/:id: one of them (another workplace's answers 404). */
export function getPortalPlacement(id: string, signal?: AbortSignal) {
  return apiRequest<PortalPlacement>(`/api/portal/placements/${encodeURIComponent(id)}`, { signal });
}

export function usePortalPlacement(id: string) {
  return useQuery({
    ...queryOptions({
      queryKey: ["portal", "placements", id],
      queryFn: ({ signal }) => getPortalPlacement(id, signal),
    }),
    enabled: isPlacementId(id),
  });
}
