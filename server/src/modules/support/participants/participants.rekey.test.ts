import { NAME_KANJI_VARIANTS } from "@otagai/shared/japanese/kana";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { listMigrations } from "../../../platform/db/migrate.ts";
import { openTestDatabase } from "../../../test/database.ts";
import { participantKeysOf } from "./participant-keys.ts";
import { participants } from "./participants.tables.ts";

// Migration 0007 re-keys rows stored before the variant table grew (ADR 015), with translate():
// the result must be what participantKeysOf gives today.
describe("migration 0007: re-keying stored search keys", () => {
  it("folds every variant of the table exactly as toSearchKey does", async () => {
    const migration = listMigrations().find((file) => file.name === "0007_participants_search.sql");
    const rekey = migration?.sql.split("-- A one-character search")[0];
    expect(rekey).toContain("translate(");
    // Each character it translates maps as the table maps it (a later table change adds a migration).
    const [, from = "", to = ""] =
      /translate\(search_key,\s*'([^']+)',\s*'([^']+)'\)/u.exec(rekey ?? "") ?? [];
    const pairs = Array.from(from).map((variant, index) => [variant, Array.from(to)[index]]);
    expect(pairs.length).toBeGreaterThan(80);
    for (const [variant, usual] of pairs) expect(NAME_KANJI_VARIANTS.get(variant ?? ""), variant).toBe(usual);
    const database = await openTestDatabase();
    try {
      const profile = {
        familyName: "濵冨槇篭",
        givenName: "𠮷舘",
        familyNameKana: "はまとみ",
        givenNameKana: "よしだて",
        phone: "",
      };
      const stale = {
        searchKey: "濵冨槇篭𠮷舘 はまとみよしだて",
        bigramKeys: ["濵冨", "冨槇", "𠮷舘", "はま"],
      };
      const [row] = await database.db
        .insert(participants)
        .values({ ...profile, ...participantKeysOf(profile), ...stale })
        .returning();
      await database.withRawSession((session) => session.exec(rekey ?? ""));
      const [after] = await database.db
        .select()
        .from(participants)
        .where(eq(participants.id, row?.id ?? ""));
      const expected = participantKeysOf(profile);
      expect(after?.searchKey).toBe(expected.searchKey);
      expect(after?.bigramKeys.sort()).toEqual(["浜富", "富槙", "吉館", "はま"].sort());
      expect(expected.bigramKeys).toEqual(expect.arrayContaining(after?.bigramKeys ?? []));
    } finally {
      await database.close();
    }
  });
});
