import type { Draft, DraftSaved, SaveDraftInput } from "@otagai/shared/drafts/schemas";
import { apiRequest, isApiError } from "../api-client";

export type DraftAddress = { formKey: string; recordKey: string };

function urlOf({ formKey }: DraftAddress) {
  return `/api/drafts/${encodeURIComponent(formKey)}`;
}

/** The caller's draft of a form, or null when there is none (404). */
export async function getDraft(address: DraftAddress): Promise<Draft | null> {
  try {
    return await apiRequest<Draft>(urlOf(address), { query: { recordKey: address.recordKey } });
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export function saveDraft(address: DraftAddress, input: SaveDraftInput): Promise<DraftSaved> {
  return apiRequest<DraftSaved>(urlOf(address), {
    method: "PUT",
    query: { recordKey: address.recordKey },
    body: input,
  });
}

export function deleteDraft(address: DraftAddress): Promise<undefined> {
  return apiRequest(urlOf(address), { method: "DELETE", query: { recordKey: address.recordKey } });
}
