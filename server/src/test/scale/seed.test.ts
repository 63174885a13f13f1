import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { participantKeysOf } from "../../modules/support/participants/participant-keys.ts";
import type { DatabaseHandle } from "../../platform/db/client.ts";
import { openTestDatabase } from "../database.ts";
import { countScaleRecords, seedScaleData } from "./seed.ts";
import { generatorSettings } from "./settings.ts";

// The scale seed, small: it writes what it says, a second run of the same size adds nothing, a
// bigger one adds only the difference, and every row is consistent with the app's rules.

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

const settings = generatorSettings({ today: "2026-11-27" });

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

describe("seedScaleData", () => {
  it("fills participants, cases and activities, then adds nothing for the same size", {
    timeout: 120_000,
  }, async () => {
    const sizes = { participants: 200, cases: 300, activities: 2000 };
    const first = await seedScaleData(database.db, settings, sizes, {
      batchSize: 64,
      activityBatchSize: 500,
    });
    expect(first.before).toEqual({ participants: 0, cases: 0, activities: 0 });
    expect(first.after).toEqual(sizes);
    const again = await seedScaleData(database.db, settings, sizes);
    expect(again.after).toEqual(sizes);
    const [runs] = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'import' and actor_email = 'seed:scale (command line)'`,
    );
    expect(runs?.n).toBe(1);
  });

  it("adds only the difference for a bigger size", { timeout: 120_000 }, async () => {
    const bigger = { participants: 260, cases: 390, activities: 2600 };
    const result = await seedScaleData(database.db, settings, bigger, {
      batchSize: 64,
      activityBatchSize: 500,
    });
    expect(result.before).toEqual({ participants: 200, cases: 300, activities: 2000 });
    expect(result.after).toEqual(bigger);
    expect(await countScaleRecords(database.db)).toEqual(bigger);
  });

  it("stores the derived search keys participantKeysOf gives", async () => {
    const stored = await rows<{
      family_name: string;
      given_name: string;
      family_name_kana: string;
      given_name_kana: string;
      phone: string;
      search_key: string;
      reading_key: string;
      bigram_keys: string[];
      phone_normalized: string;
    }>(sql`select family_name, given_name, family_name_kana, given_name_kana, phone, search_key, reading_key,
             bigram_keys, phone_normalized from participants`);
    expect(stored.length).toBe(260);
    for (const row of stored) {
      const keys = participantKeysOf({
        familyName: row.family_name,
        givenName: row.given_name,
        familyNameKana: row.family_name_kana,
        givenNameKana: row.given_name_kana,
        phone: row.phone,
      });
      expect({
        searchKey: row.search_key,
        readingKey: row.reading_key,
        bigramKeys: row.bigram_keys,
        phoneNormalized: row.phone_normalized,
      }).toEqual(keys);
    }
  });

  it("keeps every row consistent: leads limited to the case's program, activities on the case's person within its life", async () => {
    const [wrongLead] = await rows<{ n: number }>(sql`
      select count(*)::int as n from cases c
      where c.lead_coordinator_id is null
         or not exists (select 1 from user_programs up where up.user_id = c.lead_coordinator_id and up.program_id = c.program_id)`);
    expect(wrongLead?.n).toBe(0);
    const [strayActivity] = await rows<{ n: number }>(sql`
      select count(*)::int as n from activities a join cases c on c.id = a.case_id
      where a.participant_id <> c.participant_id
         or (a.occurred_at at time zone 'Asia/Tokyo')::date < c.opened_on
         or (a.occurred_at at time zone 'Asia/Tokyo')::date > coalesce(c.closed_on, date '2026-11-27')`);
    expect(strayActivity?.n).toBe(0);
    const statuses = await rows<{ status: string }>(sql`select distinct status from cases order by status`);
    expect(statuses.map((row) => row.status)).toEqual([
      "active",
      "assessment",
      "closed",
      "conference",
      "evaluation",
      "intake",
      "plan",
    ]);
    const [steps] = await rows<{ closures: number; closed: number; activeWithoutApproval: number }>(sql`
      select (select count(*)::int from case_closures) as closures,
             (select count(*)::int from cases where status = 'closed') as closed,
             (select count(*)::int from cases c where status = 'active' and not exists (
                select 1 from case_conferences cc where cc.case_id = c.id and cc.decision = 'approved')) as "activeWithoutApproval"`);
    expect(steps?.closures).toBe(steps?.closed);
    expect(steps?.activeWithoutApproval).toBe(0);
  });
});
