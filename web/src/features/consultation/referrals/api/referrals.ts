import type {
  CreatedReferral,
  Referral,
  ReferralConsents,
  ReferralInput,
  UpdateReferralInput,
} from "@otagai/shared/consultation/referrals";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../../../app/api-client";

/** Where referrals are recorded from: a consultation or a case. */
export type ReferralSource = { kind: "consultation" | "case"; id: string };

const basePath = (source: ReferralSource) =>
  `/api/${source.kind === "consultation" ? "consultations" : "cases"}/${encodeURIComponent(source.id)}`;

export function useSourceReferrals(source: ReferralSource) {
  return useQuery({
    queryKey: ["referrals", "of", source.kind, source.id],
    queryFn: ({ signal }) => apiRequest<{ items: Referral[] }>(`${basePath(source)}/referrals`, { signal }),
  });
}

/** The person's consents in force for the chosen recipient on the day (before sending). */
export function useReferralConsents(
  source: ReferralSource,
  recipient: { agencyId?: string | null; advisorId?: string | null },
  on: string,
) {
  const id = recipient.agencyId ?? recipient.advisorId ?? null;
  const param = recipient.agencyId ? "agencyId" : "advisorId";
  return useQuery({
    queryKey: ["referrals", "consents", source.kind, source.id, param, id, on],
    queryFn: ({ signal }) =>
      apiRequest<ReferralConsents>(
        `${basePath(source)}/referral-consents?${new URLSearchParams({ [param]: id ?? "", ...(on ? { on } : {}) })}`,
        { signal },
      ),
    enabled: id !== null && id !== "",
  });
}

export function useCreateReferral(source: ReferralSource) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralInput) =>
      apiRequest<CreatedReferral>(`${basePath(source)}/referrals`, { method: "POST", body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["referrals"] });
      // A consultation that was open is now "referred".
      void queryClient.invalidateQueries({ queryKey: ["consultations"] });
    },
  });
}

export function isReferralId(id: string): boolean {
  return z.uuid().safeParse(id).success;
}

export function useReferral(id: string) {
  return useQuery({
    queryKey: ["referrals", "detail", id],
    queryFn: ({ signal }) => apiRequest<Referral>(`/api/referrals/${encodeURIComponent(id)}`, { signal }),
    enabled: isReferralId(id),
  });
}

export function useUpdateReferral(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateReferralInput) =>
      apiRequest<Referral>(`/api/referrals/${encodeURIComponent(id)}`, { method: "PATCH", body: input }),
    onSuccess: (referral) => {
      queryClient.setQueryData(["referrals", "detail", id], referral);
      void queryClient.invalidateQueries({ queryKey: ["referrals", "of"] });
    },
  });
}
