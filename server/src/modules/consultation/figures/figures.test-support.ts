import type { Database } from "../../../platform/db/client.ts";
import { buildConsultation, categoryIdByCode } from "../../../test/factories/consultations.ts";
import { appointments } from "../appointments/appointments.tables.ts";
import { consultationCategories } from "../consultations.tables.ts";
import { advisors, agencies, referrals } from "../referrals/referrals.tables.ts";

/**
 * A small known desk (fictional) around fiscal year 2025 (2025-04-01 to 2026-03-31), with its edges
 * in Japan time: a consultation at 2026-03-31 23:30 (+09:00) is March and FY2025, one at
 * 2026-04-01 00:10 (+09:00, still March 31 in UTC) is April and FY2026.
 */
export async function buildKnownDesk(db: Database, consultantId: string) {
  const employment = await categoryIdByCode(db, "employment");
  const living = await categoryIdByCode(db, "living");
  const [own, formulaLike, retired, retiredUsed] = await db
    .insert(consultationCategories)
    .values([
      { name: "住まいの相談", sortOrder: 70 },
      { name: '=HYPERLINK("http://example.invalid")', sortOrder: 80 },
      { name: "使わなくなった区分", sortOrder: 90, active: false },
      { name: "以前の区分", sortOrder: 5, active: false },
    ])
    .returning();
  if (!own || !formulaLike || !retired || !retiredUsed) throw new Error("categories not inserted");

  const first = await buildConsultation(db, {
    consultedAt: new Date("2026-03-31T23:30:00+09:00"),
    channel: "phone",
    categoryId: employment,
    concernTopics: ["job_search", "income"],
    outcomeRoute: "information",
    minutes: 30,
  });
  await buildConsultation(db, {
    consultedAt: new Date("2026-04-01T00:10:00+09:00"),
    channel: "visit",
    categoryId: living,
    concernTopics: ["housing"],
    outcomeRoute: "handover",
    minutes: 45,
  });
  await buildConsultation(db, {
    consultedAt: new Date("2025-04-01T09:00:00+09:00"),
    channel: "online",
    categoryId: own.id,
    concernTopics: [],
    outcomeRoute: null,
    minutes: null,
  });
  await buildConsultation(db, {
    consultedAt: new Date("2025-03-31T23:59:00+09:00"),
    channel: "email",
    categoryId: employment,
    concernTopics: ["debt"],
    minutes: 10,
  });
  await buildConsultation(db, {
    consultedAt: new Date("2025-10-15T14:00:00+09:00"),
    channel: "phone",
    categoryId: employment,
    concernTopics: ["job_search"],
    outcomeRoute: "continuing",
    minutes: 20,
  });
  await buildConsultation(db, {
    consultedAt: new Date("2025-06-02T10:00:00+09:00"),
    channel: "outreach",
    categoryId: retiredUsed.id,
    concernTopics: ["family"],
    outcomeRoute: "information",
  });

  const [helloWork, oldCenter, closedCenter] = await db
    .insert(agencies)
    .values([
      { name: "ハローワーク港北（架空）", kind: "hello_work" },
      { name: "旧相談センター（架空）", kind: "other", active: false },
      { name: "閉所した支援センター（架空）", kind: "other", active: false },
    ])
    .returning();
  const [lawyer] = await db
    .insert(advisors)
    .values({ name: "青木 法律事務所（架空）", field: "lawyer", contractStartsOn: "2025-04-01" })
    .returning();
  if (!helloWork || !oldCenter || !closedCenter || !lawyer) throw new Error("directory not inserted");
  const referral = (values: Partial<typeof referrals.$inferInsert>) => ({
    consultationId: first.id,
    reason: "仕事探しの支援",
    referredOn: "2025-05-01",
    statusChangedOn: "2025-05-01",
    ...values,
  });
  await db
    .insert(referrals)
    .values([
      referral({ agencyId: helloWork.id, status: "sent" }),
      referral({ agencyId: helloWork.id, status: "accepted", referredOn: "2026-03-31" }),
      referral({ agencyId: closedCenter.id, status: "closed", referredOn: "2025-06-01" }),
      referral({ advisorId: lawyer.id, status: "result_received", referredOn: "2025-12-01" }),
      referral({ agencyId: helloWork.id, status: "sent", referredOn: "2026-04-01" }),
    ]);

  const appointment = (startsAt: string, status: string) => ({
    startsAt: new Date(startsAt),
    endsAt: new Date(new Date(startsAt).getTime() + 30 * 60_000),
    room: "相談室A",
    consultantId,
    status,
  });
  await db
    .insert(appointments)
    .values([
      appointment("2025-04-10T10:00:00+09:00", "kept"),
      appointment("2025-04-10T11:00:00+09:00", "missed"),
      appointment("2025-05-01T10:00:00+09:00", "cancelled"),
      appointment("2025-05-02T10:00:00+09:00", "booked"),
      appointment("2026-03-31T23:00:00+09:00", "kept"),
      appointment("2026-04-01T10:00:00+09:00", "kept"),
    ]);

  return {
    employment,
    living,
    own,
    formulaLike,
    retired,
    retiredUsed,
    helloWork,
    oldCenter,
    closedCenter,
    lawyer,
  };
}
