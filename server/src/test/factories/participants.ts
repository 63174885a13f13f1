import { randomInt } from "node:crypto";
import { participantKeysOf } from "../../modules/support/participants/participant-keys.ts";
import { consents, participants } from "../../modules/support/participants/participants.tables.ts";
import type { Database } from "../../platform/db/client.ts";

export type ParticipantRow = typeof participants.$inferSelect;

const familyNames = [
  ["山田", "やまだ"],
  ["鈴木", "すずき"],
  ["髙橋", "たかはし"],
  ["渡邊", "わたなべ"],
  ["伊藤", "いとう"],
] as const;
const givenNames = [
  ["花子", "はなこ"],
  ["一郎", "いちろう"],
  ["陽菜", "ひな"],
  ["翔太", "しょうた"],
] as const;

/** A participant straight into the database (fictional), with its derived search keys. */
export async function buildParticipant(
  db: Database,
  overrides: Partial<typeof participants.$inferInsert> = {},
): Promise<ParticipantRow> {
  const [family, familyKana] = familyNames[randomInt(familyNames.length)] ?? familyNames[0];
  const [given, givenKana] = givenNames[randomInt(givenNames.length)] ?? givenNames[0];
  const values = {
    familyName: family,
    givenName: given,
    familyNameKana: familyKana,
    givenNameKana: givenKana,
    birthDate: `19${70 + randomInt(30)}-0${1 + randomInt(9)}-1${randomInt(10)}`,
    phone: "",
    ...overrides,
  };
  const [row] = await db
    .insert(participants)
    .values({ ...values, ...participantKeysOf(values) })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function buildConsent(
  db: Database,
  participantId: string,
  overrides: Partial<typeof consents.$inferInsert> = {},
) {
  const [row] = await db
    .insert(consents)
    .values({
      participantId,
      purpose: "関係機関への情報提供",
      agency: "福祉事務所",
      givenOn: "2026-04-10",
      method: "written",
      ...overrides,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
