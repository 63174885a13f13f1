import type {
  LinkedStartupResource,
  StartupResource,
  StartupResourceKind,
} from "@otagai/shared/consultation/startup";
import type { LinkedRow, StartupResourceRow } from "./startup-resources.repository.ts";

export function presentStartupResource(row: StartupResourceRow): StartupResource {
  return {
    id: row.id,
    kind: row.kind as StartupResourceKind,
    title: row.title,
    provider: row.provider,
    amount: row.amount,
    eligibility: row.eligibility,
    windowOpensOn: row.windowOpensOn,
    windowClosesOn: row.windowClosesOn,
    url: row.url,
    body: row.body,
    tags: row.tags,
    active: row.active,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function presentLinkedResource(row: LinkedRow): LinkedStartupResource {
  return {
    ...presentStartupResource(row),
    linkedAt: row.linkedAt.toISOString(),
    linkedByName: row.linkedByName,
  };
}
