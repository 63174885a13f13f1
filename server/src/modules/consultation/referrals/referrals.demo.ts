// The referral desk's demo data: eight fictional agencies of the kinds the desk works with, three
// advisors on contract, and three referrals — one from a demo participant's consultation with a
// matching consent (personal details shared), one without a consent, one escalation of a case to
// an advisor that has not moved for weeks (on the today list). Every name and number is made up.
import { asc, isNotNull } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { cases } from "../../support/cases/cases.tables.ts";
import { consents } from "../../support/participants/participants.tables.ts";
import { consultations } from "../consultations.tables.ts";
import { advisors, agencies, referrals } from "./referrals.tables.ts";

export const demoAgencies = [
  {
    name: "みなと北ハローワーク",
    kind: "hello_work",
    handles: "求職登録、職業相談、職業訓練の案内",
    contactPerson: "職業相談部門 青木",
    phone: "045-301-1234",
  },
  {
    name: "みなと北区福祉事務所",
    kind: "welfare_office",
    handles: "生活保護、生活困窮者自立支援の相談",
    contactPerson: "生活支援課 石田",
    phone: "045-302-2345",
  },
  {
    name: "みなと地域若者サポートステーション",
    kind: "youth_support_station",
    handles: "15〜49歳の就労に向けた相談、職場体験",
    contactPerson: "相談員 上野",
    phone: "045-303-3456",
  },
  {
    name: "みなと北地域包括支援センター",
    kind: "community_care_center",
    handles: "高齢の家族の介護、見守りの相談",
    contactPerson: "社会福祉士 江口",
    phone: "045-304-4567",
  },
  {
    name: "法テラスみなと",
    kind: "legal_support",
    handles: "借金、労働トラブルなど法的な相談の窓口案内",
    contactPerson: "窓口 大野",
    phone: "045-305-5678",
  },
  {
    name: "みなと北区社会福祉協議会",
    kind: "social_welfare_council",
    handles: "生活福祉資金の貸付、ボランティアの紹介",
    contactPerson: "地域福祉係 加藤",
    phone: "045-306-6789",
  },
  {
    name: "みなと北区役所",
    kind: "municipal_office",
    handles: "各種手続き、国民健康保険・年金の相談",
    contactPerson: "区民課 木村",
    phone: "045-307-7890",
  },
  {
    name: "みなと住まいサポート相談室",
    kind: "other",
    handles: "住まいを探す人の相談、入居の支援",
    contactPerson: "相談員 久保",
    phone: "045-308-8901",
  },
] as const;

export const demoAdvisors = [
  { name: "佐野 律子", field: "lawyer", organization: "さくら通り法律事務所", phone: "045-311-1122" },
  {
    name: "田代 誠",
    field: "labor_consultant",
    organization: "田代社会保険労務士事務所",
    phone: "045-312-2233",
  },
  { name: "中川 恵", field: "tax_accountant", organization: "なかがわ税理士事務所", phone: "045-313-3344" },
] as const;

/** The purpose of the demo consent and of the shared referral (they must match exactly). */
export const demoConsentPurpose = "就労支援のための情報提供";

export async function loadReferralsDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const today = context.todayInJapan;
  const consultant = context.userIdByRole.get("consultant") ?? null;
  const agencyRows = await tx
    .insert(agencies)
    .values([...demoAgencies])
    .returning();
  const fiscalStart = `${Number(today.slice(0, 4)) - (today.slice(5) < "04-01" ? 1 : 0)}-04-01`;
  const advisorRows = await tx
    .insert(advisors)
    .values(
      demoAdvisors.map((advisor) => ({
        ...advisor,
        contractStartsOn: fiscalStart,
        contractEndsOn: addDays(fiscalStart, 364),
      })),
    )
    .returning();
  const helloWork = agencyRows.find((row) => row.kind === "hello_work");
  const welfare = agencyRows.find((row) => row.kind === "welfare_office");
  const lawyer = advisorRows.find((row) => row.field === "lawyer");
  if (!helloWork || !welfare || !lawyer) throw new Error("demo agencies missing");

  // Consultations of demo participants (from the consultations' demo data), oldest first.
  const withPerson = await tx
    .select({
      id: consultations.id,
      participantId: consultations.participantId,
      caseId: consultations.caseId,
    })
    .from(consultations)
    .where(isNotNull(consultations.participantId))
    .orderBy(asc(consultations.consultedAt))
    .limit(2);
  const [shared, unshared] = withPerson;
  if (shared?.participantId) {
    const [consent] = await tx
      .insert(consents)
      .values({
        participantId: shared.participantId,
        purpose: demoConsentPurpose,
        agency: helloWork.name,
        givenOn: addDays(today, -30),
        method: "written",
        createdBy: consultant,
      })
      .returning({ id: consents.id });
    await tx.insert(referrals).values({
      consultationId: shared.id,
      caseId: shared.caseId,
      participantId: shared.participantId,
      agencyId: helloWork.id,
      purpose: demoConsentPurpose,
      reason: "求職登録と職業相談を始めるため",
      referredOn: addDays(today, -5),
      status: "accepted",
      statusChangedOn: addDays(today, -3),
      followUpOn: addDays(today, 2),
      personalDataShared: true,
      consentId: consent?.id ?? null,
      createdBy: consultant,
    });
  }
  if (unshared?.participantId) {
    await tx.insert(referrals).values({
      consultationId: unshared.id,
      caseId: unshared.caseId,
      participantId: unshared.participantId,
      agencyId: welfare.id,
      purpose: "生活費の相談のための情報提供",
      reason: "家賃の支払いが難しくなっているため、生活困窮の相談窓口へ",
      referredOn: addDays(today, -8),
      status: "sent",
      statusChangedOn: addDays(today, -8),
      createdBy: consultant,
    });
  }
  const [supportCase] = await tx
    .select({ id: cases.id, participantId: cases.participantId })
    .from(cases)
    .orderBy(asc(cases.createdAt), asc(cases.id))
    .limit(1);
  if (supportCase) {
    await tx.insert(referrals).values({
      caseId: supportCase.id,
      participantId: supportCase.participantId,
      advisorId: lawyer.id,
      purpose: "未払い賃金の法律相談",
      reason: "前の勤め先の未払い賃金について、専門家の判断が必要",
      referredOn: addDays(today, -20),
      status: "sent",
      statusChangedOn: addDays(today, -20),
      createdBy: context.userIdByRole.get("coordinator") ?? consultant,
    });
  }
}

/** After the consultations (70), whose participants' consultations it refers. */
export const referralsDemoContribution: DemoContribution = {
  area: "consultation.referrals",
  order: 75,
  load: loadReferralsDemoData,
};
