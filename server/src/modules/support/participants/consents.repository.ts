import { and, eq, gt, isNull, lte, or, sql } from "drizzle-orm";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { notMerged, participantVisibleTo } from "./participants.policy.ts";
import { consents, participants } from "./participants.tables.ts";

export type ConsentRow = typeof consents.$inferSelect;

/** A participant's consents, oldest first. */
export async function findConsents(db: Database, participantId: string): Promise<ConsentRow[]> {
  return db
    .select()
    .from(consents)
    .where(eq(consents.participantId, participantId))
    .orderBy(consents.givenOn, consents.createdAt, consents.id);
}

export async function insertConsent(db: Database, values: typeof consents.$inferInsert): Promise<ConsentRow> {
  const [row] = await db.insert(consents).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** A consent whose participant the user reaches (ADR 014: a consent follows its participant). */
export async function getVisibleConsent(
  db: Database,
  scope: AccessScope,
  id: string,
): Promise<ConsentRow | undefined> {
  const [row] = await db
    .select({ consent: consents })
    .from(consents)
    .innerJoin(participants, eq(participants.id, consents.participantId))
    .where(and(eq(consents.id, id), notMerged(), participantVisibleTo(scope)));
  return row?.consent;
}

/** Sets the withdrawal date while the version is still `version`; undefined when someone saved first. */
export async function withdrawConsent(
  db: Database,
  id: string,
  version: number,
  withdrawnOn: string,
): Promise<ConsentRow | undefined> {
  const [row] = await db
    .update(consents)
    .set({ withdrawnOn, version: sql`${consents.version} + 1` })
    .where(and(eq(consents.id, id), eq(consents.version, version)))
    .returning();
  return row;
}

/**
 * True when the participant had, on `on`, a consent for `purpose` covering `agency`: given on or
 * before that day and not withdrawn by then (a withdrawal counts from its own date). A consent
 * recorded without an agency covers every receiving agency for its purpose.
 */
export async function findConsentInForce(
  db: Database,
  participantId: string,
  purpose: string,
  agency: string,
  on: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.participantId, participantId),
        eq(consents.purpose, purpose),
        or(eq(consents.agency, agency), eq(consents.agency, "")),
        lte(consents.givenOn, on),
        or(isNull(consents.withdrawnOn), gt(consents.withdrawnOn, on)),
      ),
    )
    .limit(1);
  return row !== undefined;
}
