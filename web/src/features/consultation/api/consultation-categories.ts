import type { ConsultationCategory } from "@otagai/shared/consultation/consultations";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";

export interface CategoryInput {
  name: string;
  sortOrder: number;
  active: boolean;
}

const categoriesQueryOptions = queryOptions({
  queryKey: ["consultation-categories"],
  queryFn: ({ signal }) =>
    apiRequest<{ items: ConsultationCategory[] }>("/api/consultation-categories", { signal }),
  staleTime: 5 * 60_000,
});

/** Every category, active or not, in the desk's order. */
export function useConsultationCategories() {
  return useQuery(categoriesQueryOptions);
}

export function useCreateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CategoryInput) =>
      apiRequest<ConsultationCategory>("/api/consultation-categories", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoriesQueryOptions.queryKey }),
  });
}

export function useUpdateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: CategoryInput & { id: string; version: number }) =>
      apiRequest<ConsultationCategory>(`/api/consultation-categories/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body: input,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: categoriesQueryOptions.queryKey }),
  });
}
