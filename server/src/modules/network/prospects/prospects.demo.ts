// The development pipeline's demo data: ten fictional organizations (架空) across every stage, with
// contacts whose next steps fall around today, so the demo office's today list and the board's
// "next steps due" show some. One member organization (when members exist, order 40) is among them.
import type { ContactMethod, ProspectEmploymentType, ProspectStage } from "@otagai/shared/network/prospects";
import type { WorkKind } from "@otagai/shared/support/workplaces";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../support/placements/placement-calendar.ts";
import { insertWorkplace, workplaceKeysOf } from "../../support/workplaces/workplaces.repository.ts";
import { partnerWorkplaces } from "../../support/workplaces/workplaces.tables.ts";
import { memberOrganizations } from "../members/members.tables.ts";
import { insertContact, insertProspect, prospectKeysOf } from "./prospects.repository.ts";

type DemoContact = {
  daysAgo: number;
  method: ContactMethod;
  notes: string;
  nextStep?: string;
  nextIn?: number;
};
type DemoProspect = {
  name: string;
  nameKana: string;
  area: string;
  stage: ProspectStage;
  owner: "staff" | "coordinator";
  workKinds: WorkKind[];
  contactName: string;
  contacts: DemoContact[];
  agreement?: { daysAgo: number; capacity: number; employmentType: ProspectEmploymentType; scope: string };
};

const agreementScope = "就労体験の受け入れ（週2〜3日、1日4時間まで）。作業指示は書面で用意する。";

export const demoProspects: DemoProspect[] = [
  {
    name: "こもれび製パン工房（架空）",
    nameKana: "コモレビセイパンコウボウ",
    area: "座間市",
    stage: "prospect",
    owner: "staff",
    workKinds: ["food"],
    contactName: "森田 さくら",
    contacts: [],
  },
  {
    name: "みどり農園（架空）",
    nameKana: "ミドリノウエン",
    area: "海老名市",
    stage: "prospect",
    owner: "coordinator",
    workKinds: ["agriculture"],
    contactName: "",
    contacts: [],
  },
  {
    name: "あおば清掃サービス（架空）",
    nameKana: "アオバセイソウサービス",
    area: "横浜市青葉区",
    stage: "contacted",
    owner: "staff",
    workKinds: ["cleaning"],
    contactName: "石井 健",
    contacts: [
      {
        daysAgo: 9,
        method: "phone",
        notes: "事業の説明をした。関心あり。",
        nextStep: "資料を郵送する",
        nextIn: -2,
      },
    ],
  },
  {
    name: "カフェ・ひだまり（架空）",
    nameKana: "カフェヒダマリ",
    area: "相模原市南区",
    stage: "contacted",
    owner: "staff",
    workKinds: ["cafe", "food"],
    contactName: "中野 真理",
    contacts: [
      { daysAgo: 20, method: "email", notes: "問い合わせフォームから連絡。" },
      {
        daysAgo: 6,
        method: "phone",
        notes: "店長と話せた。見学の日を相談中。",
        nextStep: "見学日を決める電話",
        nextIn: 3,
      },
    ],
  },
  {
    name: "ゆいの手リサイクル（架空）",
    nameKana: "ユイノテリサイクル",
    area: "大和市",
    stage: "visited",
    owner: "coordinator",
    workKinds: ["recycling"],
    contactName: "大西 洋平",
    contacts: [
      { daysAgo: 30, method: "phone", notes: "紹介を受けて電話。" },
      {
        daysAgo: 12,
        method: "visit",
        notes: "作業場を見学。仕分け作業が中心。",
        nextStep: "受け入れ条件の回答を待つ",
        nextIn: 5,
      },
    ],
  },
  {
    name: "さくら文具店（架空）",
    nameKana: "サクラブングテン",
    area: "座間市",
    stage: "visited",
    owner: "staff",
    workKinds: ["retail"],
    contactName: "吉川 和子",
    contacts: [
      { daysAgo: 40, method: "letter", notes: "案内状を送付。" },
      {
        daysAgo: 15,
        method: "visit",
        notes: "店主と面談。品出しと値付けの作業。",
        nextStep: "合意書の案を届ける",
        nextIn: 1,
      },
    ],
  },
  {
    name: "ふれあい介護ステーション（架空）",
    nameKana: "フレアイカイゴステーション",
    area: "綾瀬市",
    stage: "agreed",
    owner: "coordinator",
    workKinds: ["care"],
    contactName: "川村 亮",
    contacts: [
      { daysAgo: 60, method: "meeting", notes: "協力事業者懇談会で名刺交換。" },
      { daysAgo: 35, method: "visit", notes: "見学。送迎の補助と清掃の作業。" },
      {
        daysAgo: 10,
        method: "visit",
        notes: "合意書に署名をいただいた。",
        nextStep: "協力事業所として登録する",
        nextIn: 2,
      },
    ],
    agreement: { daysAgo: 10, capacity: 2, employmentType: "non_employment", scope: agreementScope },
  },
  {
    name: "まちの印刷所（架空）",
    nameKana: "マチノインサツジョ",
    area: "横浜市瀬谷区",
    stage: "active",
    owner: "staff",
    workKinds: ["manufacturing", "office"],
    contactName: "坂本 修",
    contacts: [
      { daysAgo: 120, method: "phone", notes: "商工会の紹介で連絡。" },
      { daysAgo: 95, method: "visit", notes: "製本と発送作業の見学。" },
      { daysAgo: 80, method: "visit", notes: "合意。雇用型での受け入れも検討可。" },
    ],
    agreement: { daysAgo: 80, capacity: 1, employmentType: "employment", scope: agreementScope },
  },
  {
    name: "はなみずき保育園（架空）",
    nameKana: "ハナミズキホイクエン",
    area: "座間市",
    stage: "paused",
    owner: "coordinator",
    workKinds: ["childcare"],
    contactName: "",
    contacts: [{ daysAgo: 50, method: "phone", notes: "園の改修が終わる来年度に改めて相談したいとのこと。" }],
  },
];

/** One member organization not yet a workplace, to show one organization in two roles. */
async function demoMember(tx: DemoTransaction) {
  const [member] = await tx
    .select({ id: memberOrganizations.id })
    .from(memberOrganizations)
    .leftJoin(partnerWorkplaces, eq(partnerWorkplaces.memberOrganizationId, memberOrganizations.id))
    .where(and(eq(memberOrganizations.status, "active"), isNull(partnerWorkplaces.id)))
    .orderBy(sql`${memberOrganizations.readingKey} collate "C"`, asc(memberOrganizations.id))
    .limit(1);
  if (!member) return undefined;
  const [identity] = await tx.select().from(memberOrganizations).where(eq(memberOrganizations.id, member.id));
  return identity;
}

async function loadProspects(tx: DemoTransaction, context: DemoContext) {
  const today = context.todayInJapan;
  const ownerOf = (role: "staff" | "coordinator") => context.userIdByRole.get(role) ?? null;
  const member = await demoMember(tx);
  const all: (DemoProspect & { memberOrganizationId?: string; postalCode?: string; address?: string })[] = [
    ...demoProspects,
  ];
  if (member)
    all.push({
      name: member.name,
      nameKana: member.nameKana,
      area: member.area,
      postalCode: member.postalCode,
      address: member.address,
      memberOrganizationId: member.id,
      stage: "contacted",
      owner: "staff",
      workKinds: ["food"],
      contactName: member.contactName,
      contacts: [
        {
          daysAgo: 4,
          method: "meeting",
          notes: "総会の後、受け入れについて相談。",
          nextStep: "見学に伺う",
          nextIn: 6,
        },
      ],
    });
  for (const demo of all) {
    const { agreement } = demo;
    let workplaceId: string | null = null;
    if (demo.stage === "active" && agreement) {
      const workplace = {
        name: demo.name,
        nameKana: demo.nameKana,
        area: demo.area,
        contactName: demo.contactName,
        workKinds: demo.workKinds,
        traineeCapacity: agreement.capacity,
        supportNotes: agreement.scope,
      };
      workplaceId = (await insertWorkplace(tx, { ...workplace, ...workplaceKeysOf(workplace) })).id;
    }
    const prospect = await insertProspect(tx, {
      name: demo.name,
      nameKana: demo.nameKana,
      ...prospectKeysOf(demo),
      memberOrganizationId: demo.memberOrganizationId ?? null,
      postalCode: demo.postalCode ?? "",
      address: demo.address ?? "",
      area: demo.area,
      stage: demo.stage,
      ownerId: ownerOf(demo.owner),
      contactName: demo.contactName,
      workKinds: demo.workKinds,
      agreedOn: agreement ? addDays(today, -agreement.daysAgo) : null,
      agreementScope: agreement?.scope ?? "",
      traineeCapacity: agreement?.capacity ?? null,
      employmentType: agreement?.employmentType ?? null,
      workplaceId,
    });
    for (const contact of demo.contacts)
      await insertContact(tx, {
        prospectId: prospect.id,
        contactedOn: addDays(today, -contact.daysAgo),
        staffId: ownerOf(demo.owner),
        method: contact.method,
        notes: contact.notes,
        nextStep: contact.nextStep ?? "",
        nextStepOn: contact.nextIn === undefined ? null : addDays(today, contact.nextIn),
      });
  }
}

export const prospectsDemoContribution: DemoContribution = {
  area: "network.prospects",
  order: 42,
  load: loadProspects,
};
