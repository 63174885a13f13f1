import type {
  NetworkRequest,
  NetworkRequestKind,
  NetworkRequestOrigin,
  NetworkRequestStatus,
} from "@otagai/shared/network/requests";
import type { NetworkRequestRow } from "./requests.repository.ts";

export function presentNetworkRequest(row: NetworkRequestRow): NetworkRequest {
  return {
    id: row.id,
    receivedOn: row.receivedOn,
    origin: row.origin as NetworkRequestOrigin,
    kind: row.kind as NetworkRequestKind,
    requesterName: row.requesterName,
    requesterOrganization: row.requesterOrganization,
    requesterContact: row.requesterContact,
    title: row.title,
    details: row.details,
    wantedOn: row.wantedOn,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    status: row.status as NetworkRequestStatus,
    outcome: row.outcome,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
