import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expandScheduleDays,
  slotTimesOf,
} from "../../modules/consultation/appointments/consultation-days.ts";
import { nameSearchKeysOf } from "../../modules/support/participants/participant-keys.ts";
import type { DatabaseHandle } from "../../platform/db/client.ts";
import { openTestDatabase } from "../database.ts";
import { deskSchedules, generateAppointments, schedulesStartOn } from "./appointments.ts";
import { generateRequest, newRequestCount } from "./consultation-requests.ts";
import { deskSizesFor, generateConsultation } from "./consultations.ts";
import { addDays } from "./dates.ts";
import { seedScaleData } from "./seed.ts";
import { countDeskRecords } from "./seed-consultations.ts";
import { generatorSettings } from "./settings.ts";

// The consultation desk's scale data, small: deterministic, the sizes it is asked for, nothing twice,
// appointments only on their schedule's slots and never overlapping, rows as the app would write them.

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

const today = "2026-11-27";
const settings = generatorSettings({ today });
const support = { participants: 120, cases: 180, activities: 600, workplaces: 10, placements: 0 };
const desk = { consultations: 400, referrals: 80, requests: 120, agencies: 12, advisors: 4 };

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

describe("the desk's generator", () => {
  it("is a pure function of the seed and the index", () => {
    const again = generatorSettings({ today });
    for (const index of [0, 1, 77, 199_999])
      expect(generateConsultation(again, index, 100_000)).toEqual(
        generateConsultation(settings, index, 100_000),
      );
    expect(generateRequest(again, 5, { ...desk, participants: 120 })).toEqual(
      generateRequest(settings, 5, { ...desk, participants: 120 }),
    );
    expect(generateAppointments(again, { participants: 120, requests: 120 })).toEqual(
      generateAppointments(settings, { participants: 120, requests: 120 }),
    );
    expect(generateConsultation(generatorSettings({ today, seed: "other" }), 1, 100)).not.toEqual(
      generateConsultation(settings, 1, 100),
    );
  });

  it("scales with the participants: 200,000 consultations and 30,000 referrals for 100,000", () => {
    expect(deskSizesFor(100_000)).toEqual({
      consultations: 200_000,
      referrals: 30_000,
      requests: 5_000,
      agencies: 40,
      advisors: 10,
    });
    expect(newRequestCount(5_000)).toBe(50);
  });

  it("mixes people a third each, over five fiscal years, on open days", () => {
    const sample = Array.from({ length: 3_000 }, (_, i) => generateConsultation(settings, i, 1_000));
    const kinds = new Map<string, number>();
    for (const c of sample) kinds.set(c.person.kind, (kinds.get(c.person.kind) ?? 0) + 1);
    for (const kind of ["participant", "new_person", "anonymous"])
      expect(kinds.get(kind) ?? 0).toBeGreaterThan(800);
    expect(sample.every((c) => c.day >= settings.windowStart && c.day <= today)).toBe(true);
    expect(new Set(sample.map((c) => c.day.slice(0, 4))).size).toBeGreaterThanOrEqual(5);
    expect(sample.some((c) => "desk" in c.category)).toBe(true);
  });

  it("books each slot at most once at a time, only on the schedules' slots", () => {
    const appointments = generateAppointments(settings, { participants: 120, requests: 120 });
    const startsOn = schedulesStartOn(today);
    const slots = new Set(
      deskSchedules.flatMap((schedule) =>
        expandScheduleDays({ ...schedule, startsOn, endsOn: null }, startsOn, addDays(today, 28)).flatMap(
          (day) => slotTimesOf(day, schedule).map((slot) => `${schedule.room} ${slot.startsAt}`),
        ),
      ),
    );
    expect(appointments.length).toBeGreaterThan(400);
    expect(appointments.every((a) => slots.has(`${a.room} ${a.startsAt}`))).toBe(true);
    const held = appointments.filter((a) => a.status !== "cancelled").map((a) => `${a.room} ${a.startsAt}`);
    expect(new Set(held).size).toBe(held.length);
    expect(new Set(appointments.map((a) => a.id)).size).toBe(appointments.length);
    expect(new Set(appointments.map((a) => a.status))).toEqual(
      new Set(["kept", "missed", "cancelled", "booked"]),
    );
    expect(
      appointments.every(
        (a) => a.status === "booked" || a.status === "cancelled" || a.startsAt < `${today}T`,
      ),
    ).toBe(true);
  });
});

describe("seedScaleData with the desk", () => {
  it("writes the sizes asked for, then adds nothing for the same size", { timeout: 120_000 }, async () => {
    const first = await seedScaleData(database.db, settings, support, { batchSize: 64, desk });
    expect(first.desk?.before).toMatchObject({
      consultations: 0,
      referrals: 0,
      requests: 0,
      appointments: 0,
    });
    expect(first.desk?.after).toMatchObject(desk);
    expect(first.desk?.after.appointments).toBeGreaterThan(400);
    const again = await seedScaleData(database.db, settings, support, { desk });
    expect(again.desk?.after).toBe(again.desk?.before);
    expect(again.desk?.after).toEqual(first.desk?.after);
  });

  it("adds only the difference for a bigger size", { timeout: 120_000 }, async () => {
    const bigger = { ...desk, consultations: 500, referrals: 100, requests: 150 };
    const result = await seedScaleData(database.db, settings, support, { batchSize: 64, desk: bigger });
    expect(result.desk?.before).toMatchObject(desk);
    expect(await countDeskRecords(database.db)).toMatchObject(bigger);
  });

  it("never overlaps two appointments of a consultant or a room (the database agrees)", async () => {
    const [overlaps] = await rows<{ n: number }>(sql`
      select count(*)::int as n from appointments a join appointments b on a.id < b.id
        and (a.consultant_id = b.consultant_id or a.room = b.room)
        and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
      where a.status <> 'cancelled' and b.status <> 'cancelled'`);
    expect(overlaps?.n).toBe(0);
    const [schedules] = await rows<{ n: number }>(sql`select count(*)::int as n from consultation_schedules`);
    expect(schedules?.n).toBe(2);
  });

  it("stores people as the consultations service would: search keys, anonymous without a name", async () => {
    const stored = await rows<{
      kind: string;
      participant_id: string | null;
      person_name: string;
      person_name_kana: string;
      search_key: string;
      participant_key: string | null;
    }>(sql`
      select c.person_kind as kind, c.participant_id, c.person_name, c.person_name_kana, c.search_key,
        p.search_key as participant_key
      from consultations c left join participants p on p.id = c.participant_id`);
    expect(stored.length).toBe(500);
    for (const row of stored) {
      if (row.kind === "participant") {
        expect(row.participant_key).not.toBeNull();
        expect(row.search_key).toBe(row.participant_key);
      } else if (row.kind === "new_person")
        expect(row.search_key).toBe(nameSearchKeysOf(row.person_name, row.person_name_kana).searchKey);
      else expect([row.person_name, row.search_key, row.participant_id]).toEqual(["", "", null]);
    }
    const categories = await rows<{ n: number }>(
      sql`select count(distinct category_id)::int as n from consultations`,
    );
    expect(categories[0]?.n).toBe(8);
  });

  it("keeps referrals, requests and waiting consultations plausible", async () => {
    const [checks] = await rows<Record<string, number>>(sql`
      select
        (select count(*)::int from referrals where status_changed_on < referred_on or referred_on > ${today}::date
           or status_changed_on > ${today}::date or (personal_data_shared and consent_id is null)) as "badReferrals",
        (select count(*)::int from referrals where case_id is not null) as "fromCases",
        (select count(*)::int from referrals where consultation_id is not null) as "fromConsultations",
        (select count(*)::int from referrals where advisor_id is not null) as "toAdvisors",
        (select count(*)::int from consultation_requests where status = 'new') as "newRequests",
        (select count(*)::int from consultation_requests where status = 'converted' and consultation_id is null) as "convertedLoose",
        (select count(*)::int from consultation_requests where status <> 'new' and handled_at is null) as "unhandled",
        (select count(*)::int from consultations where status in ('open', 'follow_up_due') and next_action_on is null) as "waitingWithoutAction"`);
    expect(checks).toMatchObject({
      badReferrals: 0,
      convertedLoose: 0,
      unhandled: 0,
      waitingWithoutAction: 0,
    });
    for (const key of ["fromCases", "fromConsultations", "toAdvisors"])
      expect(checks?.[key], key).toBeGreaterThan(0);
    expect(checks?.newRequests).toBe(newRequestCount(120));
  });
});
