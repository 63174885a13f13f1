import type { AuditVerification } from "@otagai/shared/audit/schemas";
import { useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../../app/api-client";

export function verifyAuditChain() {
  return apiRequest<AuditVerification>("/api/audit-events/verification");
}

/** A check the person asks for (it walks the whole chain), so it runs on click, not on page load. */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
