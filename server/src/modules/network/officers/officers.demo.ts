// The officers' demo data: the current board of fictional people in the seed's structure (1 理事長,
// 1 専務理事, 2 副理事長, 8 理事, 3 監事) and the previous term's board, partly other people, so the board
// as of a past day differs from today's. One of today's directors is a 補欠 (filling a vacancy until
// the next general assembly) whose term ends within 90 days: the today list shows it. Dates follow today.
import type { OfficerRole } from "@otagai/shared/network/officers";
import { asc, eq, inArray } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { demoLinkedWorkplaceNames } from "../members/members.demo.ts";
import { memberOrganizations } from "../members/members.tables.ts";
import { officerKeysOf } from "./officers.repository.ts";
import { officers } from "./officers.tables.ts";

type DemoOfficer = { name: string; nameKana: string; role: OfficerRole; notes?: string };

export const demoCurrentBoard: DemoOfficer[] = [
  { name: "山川 和子", nameKana: "やまかわ かずこ", role: "chair" },
  { name: "森田 智子", nameKana: "もりた ともこ", role: "executive_director" },
  { name: "青木 恵美", nameKana: "あおき えみ", role: "vice_chair" },
  { name: "石井 直子", nameKana: "いしい なおこ", role: "vice_chair" },
  { name: "上田 由美", nameKana: "うえだ ゆみ", role: "director" },
  { name: "大野 真理", nameKana: "おおの まり", role: "director" },
  { name: "小川 純子", nameKana: "おがわ じゅんこ", role: "director" },
  { name: "木村 陽子", nameKana: "きむら ようこ", role: "director" },
  { name: "佐野 明美", nameKana: "さの あけみ", role: "director" },
  { name: "中西 礼子", nameKana: "なかにし れいこ", role: "director" },
  { name: "藤田 久美子", nameKana: "ふじた くみこ", role: "director" },
  { name: "川口 正人", nameKana: "かわぐち まさと", role: "auditor" },
  { name: "野村 京子", nameKana: "のむら きょうこ", role: "auditor" },
  { name: "吉田 節子", nameKana: "よしだ せつこ", role: "auditor" },
];

/** The 8th director: elected to fill a vacancy until the next general assembly (総会). */
export const demoSubstituteDirector: DemoOfficer = {
  name: "松本 香織",
  nameKana: "まつもと かおり",
  role: "director",
  notes: "補欠選任（次の総会まで）",
};

export const demoPreviousBoard: DemoOfficer[] = [
  { name: "佐藤 光子", nameKana: "さとう みつこ", role: "chair" },
  { name: "山川 和子", nameKana: "やまかわ かずこ", role: "executive_director" },
  { name: "青木 恵美", nameKana: "あおき えみ", role: "vice_chair" },
  { name: "高橋 典子", nameKana: "たかはし のりこ", role: "vice_chair" },
  { name: "上田 由美", nameKana: "うえだ ゆみ", role: "director" },
  { name: "大野 真理", nameKana: "おおの まり", role: "director" },
  { name: "小川 純子", nameKana: "おがわ じゅんこ", role: "director" },
  { name: "木村 陽子", nameKana: "きむら ようこ", role: "director" },
  { name: "中西 礼子", nameKana: "なかにし れいこ", role: "director" },
  { name: "原 幸子", nameKana: "はら さちこ", role: "director" },
  { name: "平野 優子", nameKana: "ひらの ゆうこ", role: "director" },
  { name: "森田 智子", nameKana: "もりた ともこ", role: "director" },
  { name: "川口 正人", nameKana: "かわぐち まさと", role: "auditor" },
  { name: "野村 京子", nameKana: "のむら きょうこ", role: "auditor" },
  { name: "渡辺 孝", nameKana: "わたなべ たかし", role: "auditor" },
];

/** The terms' days from today: the current term began 200 days ago and runs two years. */
export function demoTermDays(today: string) {
  const currentStart = addDays(today, -200);
  return {
    current: { termStartsOn: currentStart, termEndsOn: addDays(currentStart, 729) },
    previous: { termStartsOn: addDays(currentStart, -730), termEndsOn: addDays(currentStart, -1) },
    substitute: { termStartsOn: addDays(today, -120), termEndsOn: addDays(today, 60) },
  };
}

/** Member organizations the officers come from: the linked ones by name, then a few others. */
async function demoOrganizationIds(tx: DemoTransaction): Promise<string[]> {
  const named = await tx
    .select({ id: memberOrganizations.id })
    .from(memberOrganizations)
    .where(inArray(memberOrganizations.name, demoLinkedWorkplaceNames));
  const others = await tx
    .select({ id: memberOrganizations.id })
    .from(memberOrganizations)
    .where(eq(memberOrganizations.status, "active"))
    .orderBy(asc(memberOrganizations.readingKey), asc(memberOrganizations.id))
    .limit(12);
  return [...new Set([...named, ...others].map((row) => row.id))];
}

export async function loadOfficersDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const days = demoTermDays(context.todayInJapan);
  const organizationIds = await demoOrganizationIds(tx);
  // The same person comes from the same organization in both terms; 監事 from none (outside auditors).
  const people = [
    ...new Set([...demoCurrentBoard, demoSubstituteDirector, ...demoPreviousBoard].map((o) => o.name)),
  ];
  const organizationOf = (officer: DemoOfficer) => {
    if (officer.role === "auditor") return null;
    const index = people.indexOf(officer.name);
    return index % 3 === 2 ? null : (organizationIds[index] ?? null);
  };
  const row = (officer: DemoOfficer, term: { termStartsOn: string; termEndsOn: string }) => ({
    name: officer.name,
    nameKana: officer.nameKana,
    ...officerKeysOf(officer),
    role: officer.role,
    ...term,
    memberOrganizationId: organizationOf(officer),
    notes: officer.notes ?? "",
  });
  await tx
    .insert(officers)
    .values([
      ...demoPreviousBoard.map((officer) => row(officer, days.previous)),
      ...demoCurrentBoard.map((officer) => row(officer, days.current)),
      row(demoSubstituteDirector, days.substitute),
    ]);
}

/** After the member organizations (40), which the officers come from. */
export const officersDemoContribution: DemoContribution = {
  area: "network.officers",
  order: 41,
  load: loadOfficersDemoData,
};
