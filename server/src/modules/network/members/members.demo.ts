import type { MemberField, MemberKind } from "@otagai/shared/network/members";
import { eq, inArray } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { demoWorkplaces } from "../../support/workplaces/workplaces.demo.ts";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";
import { memberKeysOf } from "./members.repository.ts";
import { memberDues, memberOrganizations } from "./members.tables.ts";

/**
 * About 185 fictional member organizations (deterministic): 166 of them are members on 2018-04-01,
 * the seed's figure; others left before that day or joined after it, and a few left since, so the
 * count changes over the fiscal years. Three of the demo partner workplaces are member
 * organizations too (one organization, two roles): their identity is the workplace's.
 */
export const demoMembersOn20180401 = 166;
export const demoMemberCount = 185;
/** The partner workplaces (by name) that are also member organizations. */
export const demoLinkedWorkplaceNames = [
  "ワーカーズ・コレクティブ 陽だまり",
  "ワーカーズ・コレクティブ きれいの輪",
  "ワーカーズ・コレクティブ 手しごと工房",
];

const firstWords: [string, string][] = [
  ["さくら", "さくら"],
  ["ひまわり", "ひまわり"],
  ["若葉", "わかば"],
  ["みどり", "みどり"],
  ["あおぞら", "あおぞら"],
  ["虹", "にじ"],
  ["そよ風", "そよかぜ"],
  ["ひかり", "ひかり"],
  ["こだま", "こだま"],
  ["つばさ", "つばさ"],
  ["なごみ", "なごみ"],
  ["ほたる", "ほたる"],
  ["はるか", "はるか"],
  ["森の音", "もりのおと"],
  ["潮風", "しおかぜ"],
  ["たんぽぽ", "たんぽぽ"],
];
const secondWords: [string, string][] = [
  ["キッチン", "きっちん"],
  ["の家", "のいえ"],
  ["工房", "こうぼう"],
  ["ケア", "けあ"],
  ["ひろば", "ひろば"],
  ["食堂", "しょくどう"],
  ["クラブ", "くらぶ"],
  ["の会", "のかい"],
  ["ネット", "ねっと"],
  ["舎", "しゃ"],
  ["便", "びん"],
  ["屋", "や"],
];
const kindPrefixes: Record<MemberKind, [string, string]> = {
  workers_collective: ["ワーカーズ・コレクティブ ", "わーかーずこれくてぃぶ "],
  npo: ["NPO法人 ", "えぬぴーおーほうじん "],
  consumer_coop: ["生活協同組合 ", "せいかつきょうどうくみあい "],
  social_welfare: ["社会福祉法人 ", "しゃかいふくしほうじん "],
  enterprise_union: ["企業組合 ", "きぎょうくみあい "],
  other: ["", ""],
};
/** Kanagawa's municipalities (fictional street numbers in the 9- block, as the other demo data). */
const areas: [string, string, string][] = [
  ["横浜市港北区", "222-0032", "横浜市港北区大豆戸町"],
  ["横浜市青葉区", "227-0062", "横浜市青葉区青葉台"],
  ["横浜市戸塚区", "244-0003", "横浜市戸塚区戸塚町"],
  ["横浜市港南区", "233-0002", "横浜市港南区上大岡西"],
  ["横浜市神奈川区", "221-0822", "横浜市神奈川区西神奈川"],
  ["座間市", "252-0027", "座間市座間"],
  ["相模原市中央区", "252-0239", "相模原市中央区中央"],
  ["相模原市南区", "252-0303", "相模原市南区相模大野"],
  ["川崎市中原区", "211-0004", "川崎市中原区新丸子東"],
  ["藤沢市", "251-0052", "藤沢市藤沢"],
  ["大和市", "242-0021", "大和市中央"],
  ["厚木市", "243-0018", "厚木市中町"],
];
const fieldChoices: MemberField[][] = [
  ["food"],
  ["care", "housework"],
  ["childcare"],
  ["food", "delivery"],
  ["cafe", "food"],
  ["cleaning"],
  ["recycling"],
  ["crafts"],
  ["care"],
  ["housework", "cleaning"],
  ["delivery"],
  ["other"],
];

const pad = (value: number) => String(value).padStart(2, "0");

function kindOf(index: number): MemberKind {
  if (index % 12 === 5) return "npo";
  if (index % 24 === 11) return "enterprise_union";
  if (index % 36 === 23) return "social_welfare";
  if (index % 48 === 35) return "consumer_coop";
  return "workers_collective";
}

type DemoMember = typeof memberOrganizations.$inferInsert & { joinedOn: string };

/** Membership dates by index: 0–165 members on 2018-04-01 (8 of them left since), 166–175 left before, 176– joined after. */
function membershipOf(index: number): { joinedOn: string; leftOn: string | null } {
  const day = pad(1 + (index % 28));
  const month = pad(1 + ((index * 5) % 12));
  if (index < demoMembersOn20180401) {
    const joinedOn = `${1985 + Math.floor((index * 33) / demoMembersOn20180401)}-${month}-${day}`;
    const leftOn = index % 20 === 7 ? `${2019 + (index % 6)}-03-31` : null;
    return { joinedOn, leftOn };
  }
  if (index < 176) {
    const step = index - demoMembersOn20180401;
    return { joinedOn: `${1985 + step}-04-01`, leftOn: `${1996 + step * 2}-03-31` };
  }
  return { joinedOn: `${2018 + (index - 176)}-10-01`, leftOn: null };
}

export function demoMembers(): DemoMember[] {
  const linked = demoLinkedWorkplaceNames.map((name) => {
    const workplace = demoWorkplaces.find((candidate) => candidate.name === name);
    if (!workplace) throw new Error(`no demo workplace named ${name}`);
    return workplace;
  });
  const members: DemoMember[] = [];
  for (let index = 0; index < demoMemberCount; index++) {
    const kind = kindOf(index);
    const [first, firstKana] = firstWords[index % firstWords.length] as [string, string];
    const [second, secondKana] = secondWords[Math.floor(index / firstWords.length) % secondWords.length] as [
      string,
      string,
    ];
    const [prefix, prefixKana] = kindPrefixes[kind];
    const [area, postalCode, street] = areas[(index * 7) % areas.length] as [string, string, string];
    const { joinedOn, leftOn } = membershipOf(index);
    const workplace = linked[index];
    members.push({
      name: workplace?.name ?? `${prefix}${first}${second}`,
      nameKana: workplace?.nameKana ?? `${prefixKana}${firstKana}${secondKana}`,
      kind,
      fields: fieldChoices[index % fieldChoices.length] ?? [],
      postalCode: workplace?.postalCode ?? postalCode,
      address: workplace?.address ?? `${street}9-${1 + (index % 9)}-${1 + (index % 17)}`,
      area: workplace?.area ?? area,
      representativeName: "",
      contactName: "",
      contactPhone: `045-900-${String(1000 + index).slice(-4)}`,
      contactEmail: "",
      workingMembers: 3 + ((index * 13) % 38),
      joinedOn,
      leftOn,
      status: leftOn ? "left" : index % 17 === 3 ? "resting" : "active",
      notes: "",
    });
  }
  return members;
}

function fiscalYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}

/** Members (not yet left) get dues for the last three fiscal years; some of the recent ones unpaid. */
function duesOf(member: DemoMember, id: string, index: number, today: string) {
  const current = fiscalYearOf(today);
  const rows: (typeof memberDues.$inferInsert)[] = [];
  for (const fiscalYear of [current - 2, current - 1, current]) {
    const april = `${fiscalYear}-04-01`;
    if (member.joinedOn > april || (member.leftOn && member.leftOn <= april)) continue;
    const candidate = `${fiscalYear}-05-${pad(1 + (index % 28))}`;
    const unpaid =
      candidate > today ||
      (fiscalYear === current && index % 7 === 0) ||
      (fiscalYear === current - 1 && index % 23 === 0);
    rows.push({
      memberOrganizationId: id,
      fiscalYear,
      amountYen: member.kind === "workers_collective" ? 12000 : 24000,
      paidOn: unpaid ? null : candidate,
    });
  }
  return rows;
}

export async function loadMembersDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const createdBy = context.userIdByRole.get("staff") ?? null;
  const members = demoMembers();
  const rows = await tx
    .insert(memberOrganizations)
    .values(members.map((member) => ({ ...member, ...memberKeysOf(member), createdBy })))
    .returning({ id: memberOrganizations.id, name: memberOrganizations.name });
  const dues = rows.flatMap((row, index) =>
    duesOf(members[index] as DemoMember, row.id, index, context.todayInJapan),
  );
  for (let start = 0; start < dues.length; start += 500)
    await tx.insert(memberDues).values(dues.slice(start, start + 500));
  // One organization, two roles: the demo workplaces of the same name are these organizations.
  const linked = await tx
    .select({ id: partnerWorkplaces.id, name: partnerWorkplaces.name })
    .from(partnerWorkplaces)
    .where(inArray(partnerWorkplaces.name, demoLinkedWorkplaceNames));
  for (const workplace of linked) {
    const member = rows.find((row) => row.name === workplace.name);
    if (member)
      await tx
        .update(partnerWorkplaces)
        .set({ memberOrganizationId: member.id })
        .where(eq(partnerWorkplaces.id, workplace.id));
  }
}

/** After the partner workplaces (support, also 40, listed before the network), which it links. */
export const membersDemoContribution: DemoContribution = {
  area: "network.members",
  order: 40,
  load: loadMembersDemoData,
};
