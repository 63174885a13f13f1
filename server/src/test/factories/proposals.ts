import {
  policyIssueEvidence,
  policyIssues,
  policyProposalFigures,
  policyProposals,
} from "../../modules/network/proposals/proposals.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type PolicyProposalRecord = typeof policyProposals.$inferSelect;
export type PolicyIssueRecord = typeof policyIssues.$inferSelect;

/** A draft proposal straight into the database (fictional), counting fiscal year 2026 by default. */
export async function buildProposal(
  db: Database,
  overrides: Partial<typeof policyProposals.$inferInsert> = {},
): Promise<PolicyProposalRecord> {
  const [row] = await db
    .insert(policyProposals)
    .values({
      title: `試験の提言${Math.random().toString(36).slice(2, 8)}（架空）`,
      addressee: "試験市（架空）",
      periodFrom: "2026-04-01",
      periodTo: "2027-03-31",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** An issue noticed at the desk, in no proposal unless told. */
export async function buildPolicyIssue(
  db: Database,
  overrides: Partial<typeof policyIssues.$inferInsert> = {},
): Promise<PolicyIssueRecord> {
  const [row] = await db
    .insert(policyIssues)
    .values({
      title: `試験の課題${Math.random().toString(36).slice(2, 8)}`,
      observed: "家賃の相談が続いている",
      source: "desk",
      frequency: "often",
      noticedOn: "2026-06-01",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function buildFigure(
  db: Database,
  proposalId: string,
  overrides: Partial<typeof policyProposalFigures.$inferInsert> = {},
) {
  const [row] = await db
    .insert(policyProposalFigures)
    .values({ proposalId, label: "相談件数", measure: "consultations", filters: {}, ...overrides })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function buildEvidence(
  db: Database,
  issueId: string,
  link: { consultationId: string } | { caseId: string },
) {
  const [row] = await db
    .insert(policyIssueEvidence)
    .values({ issueId, ...link })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
