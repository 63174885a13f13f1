// The partner workplaces' demo data: eight fictional workplaces around Yokohama, Zama and Sagamihara
// (collectives in care, food, cafés, cleaning, recycling, farming, childcare and crafts), one paused;
// three carry a 認定就労訓練事業 certification, one of which ends within the reminder's 60 days, so
// the demo coordinator's "today" list shows it.
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { workplaceKeysOf } from "./workplaces.repository.ts";
import { partnerWorkplaces, workplaceCertifications } from "./workplaces.tables.ts";

type DemoWorkplace = Omit<
  typeof partnerWorkplaces.$inferInsert,
  "searchKey" | "readingKey" | "createdBy" | "id"
> & {
  /** Certifications, dated relative to today: [validFrom, validUntil] offsets in days. */
  certifications?: (Omit<
    typeof workplaceCertifications.$inferInsert,
    "workplaceId" | "validFrom" | "validUntil"
  > & {
    from: number;
    until: number;
  })[];
};

/** Days from today to the end of the expiring certification: inside the 60-day reminder. */
export const demoExpiringInDays = 40;

export const demoWorkplaces: DemoWorkplace[] = [
  {
    name: "ワーカーズ・コレクティブ 陽だまり",
    nameKana: "ワーカーズコレクティブ ヒダマリ",
    postalCode: "222-0037",
    address: "横浜市港北区大倉山9-9-1",
    area: "横浜市港北区",
    contactName: "小野寺 和美",
    contactPhone: "045-000-1101",
    contactEmail: "hidamari@example.org",
    workKinds: ["care", "cleaning"],
    workDescription: "高齢者宅の家事援助（掃除・洗濯・買い物）の同行、事務所の整理",
    workDays: ["mon", "tue", "thu"],
    hoursFrom: "09:30",
    hoursTo: "14:30",
    traineeCapacity: 2,
    supportFeatures: ["writtenInstructions", "flexibleHours", "jobCoach"],
    supportNotes: "初日は事務所で手順書を一緒に読みます。同行は慣れてから。",
    certifications: [
      {
        authority: "mayor",
        authorityName: "横浜市長",
        number: "横健福第0421号",
        employmentTypes: ["nonEmployed"],
        from: demoExpiringInDays - 3 * 365,
        until: demoExpiringInDays,
        notes: "更新申請の書類を準備中",
      },
    ],
  },
  {
    name: "ワーカーズ・コレクティブ 菜の花キッチン",
    nameKana: "ワーカーズコレクティブ ナノハナキッチン",
    postalCode: "227-0062",
    address: "横浜市青葉区青葉台9-8-2",
    area: "横浜市青葉区",
    contactName: "北村 由紀子",
    contactPhone: "045-000-1202",
    contactEmail: "nanohana@example.org",
    workKinds: ["food"],
    workDescription: "お弁当の盛り付け・袋詰め、配達の補助、厨房の洗い場",
    workDays: ["mon", "tue", "wed", "thu", "fri"],
    hoursFrom: "10:00",
    hoursTo: "15:00",
    traineeCapacity: 3,
    supportFeatures: ["shortHours", "writtenInstructions"],
    supportNotes: "短時間（2時間）から始められます。衛生の手順は写真付き。",
    certifications: [
      {
        authority: "mayor",
        authorityName: "横浜市長",
        number: "横健福第0187号",
        employmentTypes: ["employed", "nonEmployed"],
        from: -4 * 365,
        until: -365 - 1,
      },
      {
        authority: "mayor",
        authorityName: "横浜市長",
        number: "横健福第0733号",
        employmentTypes: ["employed", "nonEmployed"],
        from: -365,
        until: 2 * 365,
        notes: "更新（前回の認定から継続）",
      },
    ],
  },
  {
    name: "カフェ・ワーカーズ こもれび",
    nameKana: "カフェワーカーズ コモレビ",
    postalCode: "244-0003",
    address: "横浜市戸塚区戸塚町9-7-3",
    area: "横浜市戸塚区",
    contactName: "三浦 千尋",
    contactPhone: "045-000-1303",
    contactEmail: "komorebi@example.org",
    workKinds: ["cafe", "food"],
    workDescription: "ホールの配膳・片付け、焼き菓子の包装",
    workDays: ["wed", "thu", "fri", "sat"],
    hoursFrom: "11:00",
    hoursTo: "16:00",
    traineeCapacity: 2,
    supportFeatures: ["quietRoom", "wheelchairAccess"],
    supportNotes: "休憩用の静かな部屋があります。接客は希望する人だけ。",
  },
  {
    name: "ワーカーズ・コレクティブ きれいの輪",
    nameKana: "ワーカーズコレクティブ キレイノワ",
    postalCode: "252-0027",
    address: "座間市座間9-6-4",
    area: "座間市",
    contactName: "大塚 里美",
    contactPhone: "046-000-1404",
    contactEmail: "kireinowa@example.org",
    workKinds: ["cleaning"],
    workDescription: "公共施設・集合住宅の共用部の清掃",
    workDays: ["mon", "wed", "fri"],
    hoursFrom: "08:30",
    hoursTo: "12:00",
    traineeCapacity: 4,
    supportFeatures: ["writtenInstructions", "shortHours"],
    supportNotes: "二人一組で作業します。",
    certifications: [
      {
        authority: "governor",
        authorityName: "神奈川県知事",
        number: "神地福第1052号",
        employmentTypes: ["nonEmployed"],
        from: -200,
        until: 3 * 365 - 200,
      },
    ],
  },
  {
    name: "リサイクルショップ ワーカーズ めぐる",
    nameKana: "リサイクルショップ ワーカーズ メグル",
    postalCode: "252-0013",
    address: "座間市栗原9-5-5",
    area: "座間市",
    contactName: "堀 直樹",
    contactPhone: "046-000-1505",
    contactEmail: "meguru@example.org",
    workKinds: ["recycling", "retail"],
    workDescription: "古着・食器の仕分けと値付け、店頭の品出し",
    workDays: ["tue", "thu", "sat"],
    hoursFrom: "10:00",
    hoursTo: "16:00",
    traineeCapacity: 3,
    supportFeatures: ["flexibleHours", "wheelchairAccess"],
  },
  {
    name: "ワーカーズ・コレクティブ 野の恵み農園",
    nameKana: "ワーカーズコレクティブ ノノメグミノウエン",
    postalCode: "252-5101",
    address: "相模原市緑区久保沢9-4-6",
    area: "相模原市緑区",
    contactName: "石原 雄介",
    contactPhone: "042-000-1606",
    contactEmail: "nonomegumi@example.org",
    workKinds: ["agriculture"],
    workDescription: "畑の草取り・収穫、野菜の袋詰め",
    workDays: ["tue", "fri"],
    hoursFrom: "09:00",
    hoursTo: "12:00",
    traineeCapacity: 2,
    supportFeatures: ["flexibleHours"],
    supportNotes: "冬の間（12月〜2月）は受け入れを休止しています。",
    status: "paused",
  },
  {
    name: "子育てひろば ワーカーズ ぽけっと",
    nameKana: "コソダテヒロバ ワーカーズ ポケット",
    postalCode: "233-0002",
    address: "横浜市港南区上大岡西9-3-7",
    area: "横浜市港南区",
    contactName: "平田 恵",
    contactPhone: "045-000-1707",
    contactEmail: "pocket@example.org",
    workKinds: ["childcare", "office"],
    workDescription: "ひろばの準備と片付け、おもちゃの消毒、チラシの封入",
    workDays: ["mon", "wed", "fri"],
    hoursFrom: "10:00",
    hoursTo: "13:00",
    traineeCapacity: 1,
    supportFeatures: ["quietRoom", "writtenInstructions"],
  },
  {
    name: "ワーカーズ・コレクティブ 手しごと工房",
    nameKana: "ワーカーズコレクティブ テシゴトコウボウ",
    postalCode: "252-0239",
    address: "相模原市中央区中央9-2-8",
    area: "相模原市中央区",
    contactName: "柴田 浩二",
    contactPhone: "042-000-1808",
    contactEmail: "teshigoto@example.org",
    workKinds: ["manufacturing"],
    workDescription: "布小物の縫製補助、検品、発送準備",
    workDays: ["mon", "tue", "wed", "thu"],
    hoursFrom: "10:00",
    hoursTo: "15:30",
    traineeCapacity: 2,
    supportFeatures: ["quietRoom", "shortHours", "writtenInstructions"],
    supportNotes: "座ってできる作業が中心です。",
  },
];

/** Writes the workplaces and their certifications in the demo transaction. */
export async function loadWorkplacesDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const createdBy = context.userIdByRole.get("coordinator") ?? null;
  for (const { certifications = [], ...workplace } of demoWorkplaces) {
    const [row] = await tx
      .insert(partnerWorkplaces)
      .values({ ...workplace, ...workplaceKeysOf(workplace), createdBy })
      .returning({ id: partnerWorkplaces.id });
    if (!row) throw new Error("insert returned no row");
    for (const { from, until, ...certification } of certifications)
      await tx.insert(workplaceCertifications).values({
        ...certification,
        workplaceId: row.id,
        validFrom: addDays(context.todayInJapan, from),
        validUntil: addDays(context.todayInJapan, until),
        createdBy,
      });
  }
}

/** After the programs (10), the demo accounts (20) and the support area's people (30). */
export const workplacesDemoContribution: DemoContribution = {
  area: "support.workplaces",
  order: 40,
  load: loadWorkplacesDemoData,
};
