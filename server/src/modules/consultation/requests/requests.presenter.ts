import {
  type ConsultationRequest,
  type ConsultationRequestSummary,
  categoryCodeOfTopic,
  type PublicLanguage,
  type RequestStatus,
  type RequestTopic,
} from "@otagai/shared/consultation/requests";
import type { RequestRow } from "./requests.repository.ts";

/** What the inbox list shows: when, who (name only), the topic, how to reach them (the method only). */
export function presentRequestSummary(row: RequestRow): ConsultationRequestSummary {
  return {
    id: row.id,
    receivedAt: row.receivedAt.toISOString(),
    language: row.language as PublicLanguage,
    topic: row.topic as RequestTopic,
    name: row.name,
    contactMethod: row.contactMethod as "phone" | "email",
    preferredDates: row.preferredDates,
    status: row.status as RequestStatus,
  };
}

export function presentRequest(row: RequestRow): ConsultationRequest {
  return {
    ...presentRequestSummary(row),
    nameKana: row.nameKana,
    phone: row.phone,
    email: row.email,
    message: row.message,
    privacyConsent: row.privacyConsent,
    handledById: row.handledBy,
    handledByName: row.handledByName,
    handledAt: row.handledAt?.toISOString() ?? null,
    handledNote: row.handledNote,
    consultationId: row.consultationId,
    categoryCode: categoryCodeOfTopic[row.topic as RequestTopic] ?? "public_employment",
    version: row.version,
  };
}
