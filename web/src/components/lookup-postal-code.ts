import type { PostalAddress } from "@otagai/shared/postal-codes/schemas";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../app/api-client";

export function lookupPostalCode(code: string) {
  return apiRequest<{ items: PostalAddress[] }>(`/api/postal-codes/${encodeURIComponent(code)}`);
}

/** Asked when the person presses the button, not as they type: a mutation-shaped read. */
export function useLookupPostalCode() {
  return useMutation({ mutationFn: lookupPostalCode });
}
