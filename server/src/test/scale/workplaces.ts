// The fictional partner workplaces (協力事業所) and their 認定就労訓練事業 certifications: workplace j
// is a function of (seed, j) alone, like every scale record. The first few are "hubs" (a big
// recycling centre, a central kitchen…) that take many trainees at once, as a real office has.

import { addDays } from "./dates.ts";
import type { Area } from "./places.ts";
import { areaTable, kanagawaPlaces, phoneIn } from "./places.ts";
import { type Random, randomFor, weighted } from "./random.ts";
import type { GeneratorSettings } from "./settings.ts";

type WorkKind =
  | "care"
  | "childcare"
  | "food"
  | "cafe"
  | "cleaning"
  | "recycling"
  | "agriculture"
  | "manufacturing"
  | "retail"
  | "office"
  | "other";
type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
type SupportFeature =
  | "quietRoom"
  | "writtenInstructions"
  | "wheelchairAccess"
  | "flexibleHours"
  | "shortHours"
  | "jobCoach";

/** Workplaces 0 … hubCount-1 take a share of all placements (the bench's 20-trainee day sheet). */
export const hubCount = 5;

const forms: [name: string, kana: string, weight: number][] = [
  ["ワーカーズ・コレクティブ", "ワーカーズコレクティブ", 30],
  ["企業組合", "キギョウクミアイ", 8],
  ["株式会社", "カブシキガイシャ", 25],
  ["有限会社", "ユウゲンガイシャ", 10],
  ["社会福祉法人", "シャカイフクシホウジン", 12],
  ["NPO法人", "エヌピーオーホウジン", 15],
];
const formTable = weighted(forms.map((form) => [form, form[2]] as const));
const cores: [string, string][] = [
  ["あおば", "アオバ"],
  ["みなと", "ミナト"],
  ["ひまわり", "ヒマワリ"],
  ["さくら", "サクラ"],
  ["若葉", "ワカバ"],
  ["緑風", "リョクフウ"],
  ["湘南", "ショウナン"],
  ["丘の上", "オカノウエ"],
  ["陽だまり", "ヒダマリ"],
  ["木もれび", "コモレビ"],
  ["すずらん", "スズラン"],
  ["つばさ", "ツバサ"],
  ["結", "ユイ"],
  ["なごみ", "ナゴミ"],
  ["こころ", "ココロ"],
  ["あすなろ", "アスナロ"],
  ["虹", "ニジ"],
  ["風の谷", "カゼノタニ"],
  ["ふれあい", "フレアイ"],
  ["かもめ", "カモメ"],
  ["山百合", "ヤマユリ"],
  ["大地", "ダイチ"],
  ["はまかぜ", "ハマカゼ"],
  ["青空", "アオゾラ"],
];
const kindWords: Record<WorkKind, [string, string][]> = {
  care: [
    ["ケアサービス", "ケアサービス"],
    ["介護ステーション", "カイゴステーション"],
  ],
  childcare: [["保育室", "ホイクシツ"]],
  food: [
    ["キッチン", "キッチン"],
    ["お弁当工房", "オベントウコウボウ"],
  ],
  cafe: [["カフェ", "カフェ"]],
  cleaning: [["クリーンサービス", "クリーンサービス"]],
  recycling: [["リサイクルセンター", "リサイクルセンター"]],
  agriculture: [["農園", "ノウエン"]],
  manufacturing: [
    ["製作所", "セイサクショ"],
    ["工房", "コウボウ"],
  ],
  retail: [["商店", "ショウテン"]],
  office: [["事務センター", "ジムセンター"]],
  other: [["作業所", "サギョウショ"]],
};
const kindTable = weighted<WorkKind>([
  ["care", 14],
  ["food", 14],
  ["cleaning", 12],
  ["recycling", 8],
  ["cafe", 8],
  ["retail", 10],
  ["manufacturing", 9],
  ["agriculture", 7],
  ["office", 8],
  ["childcare", 5],
  ["other", 5],
]);
const descriptions: Record<WorkKind, string> = {
  care: "高齢者宅の家事援助の同行、事業所の清掃と備品の整理",
  childcare: "保育室の清掃、おもちゃの消毒、行事の準備",
  food: "お弁当の盛り付け・袋詰め、洗い場、配達の補助",
  cafe: "ホールの配膳と片付け、焼き菓子の袋詰め",
  cleaning: "共用部の清掃、ごみの分別、窓拭き",
  recycling: "古着・古紙の仕分け、家具の簡単な補修、値付け",
  agriculture: "野菜の収穫と出荷の袋詰め、畑の草取り",
  manufacturing: "部品の検品と箱詰め、簡単な組み立て",
  retail: "品出し、値札付け、棚の整理",
  office: "データ入力、封入・発送作業、書類のファイリング",
  other: "軽作業（袋詰め、シール貼り、検品）",
};
const contactFamilies = ["小野寺", "北村", "松田", "石井", "原田", "中島", "藤井", "岡本", "村上", "近藤"];
const contactGivens = ["和美", "由紀子", "健一", "直樹", "真理", "浩二", "恵子", "修", "陽子", "誠"];
const hubs: { kind: WorkKind; name: string; kana: string }[] = [
  { kind: "recycling", name: "横浜リユースセンター", kana: "ヨコハマリユースセンター" },
  { kind: "food", name: "みなとセントラルキッチン", kana: "ミナトセントラルキッチン" },
  { kind: "manufacturing", name: "あおば検品センター", kana: "アオバケンピンセンター" },
  { kind: "cleaning", name: "はまかぜビルサービス", kana: "ハマカゼビルサービス" },
  { kind: "agriculture", name: "ざま里山農園", kana: "ザマサトヤマノウエン" },
];
const weekdayTable: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
const supportFeatureList: SupportFeature[] = [
  "quietRoom",
  "writtenInstructions",
  "wheelchairAccess",
  "flexibleHours",
  "shortHours",
  "jobCoach",
];

export type GeneratedCertification = {
  id: string;
  authority: "governor" | "mayor";
  authorityName: string;
  number: string;
  employmentTypes: ("employed" | "nonEmployed")[];
  validFrom: string;
  validUntil: string;
  notes: string;
};

export type GeneratedWorkplace = {
  index: number;
  id: string;
  name: string;
  nameKana: string;
  area: Area;
  city: string;
  postalCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  workKinds: WorkKind[];
  workDescription: string;
  workDays: Weekday[];
  hoursFrom: string;
  hoursTo: string;
  traineeCapacity: number;
  supportFeatures: SupportFeature[];
  supportNotes: string;
  status: "active" | "paused" | "ended";
  certifications: GeneratedCertification[];
};

function pickSome<T>(random: Random, items: readonly T[], min: number, max: number): T[] {
  const count = random.int(min, max);
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(random.pick(items));
  return items.filter((item) => chosen.has(item));
}

const pad = (n: number) => String(n).padStart(2, "0");

export function generateWorkplace(settings: GeneratorSettings, index: number): GeneratedWorkplace {
  const random = randomFor(settings.seed, "workplace", index);
  const hub = index < hubCount ? hubs[index % hubs.length] : undefined;
  const kind = hub?.kind ?? random.pickWeighted(kindTable);
  const [formName, formKana] = random.pickWeighted(formTable);
  const [coreName, coreKana] = random.pick(cores);
  const [word, wordKana] = random.pick(kindWords[kind]);
  // Some are a second site (…第二事業所), as a collective grows.
  const branch = random.chance(0.15) ? ["第二事業所", "ダイニジギョウショ"] : ["", ""];
  const name = hub ? hub.name : `${formName} ${coreName}${word}${branch[0]}`;
  const nameKana = hub ? hub.kana : `${formKana} ${coreKana}${wordKana}${branch[1]}`;
  // The hubs are in Yokohama and Zama, where most trainees are.
  const area: Area = hub ? (index === 4 ? "zama" : "yokohama") : random.pickWeighted(areaTable);
  const place = random.pick(kanagawaPlaces().get(area) ?? []);
  const block = `${random.int(1, 5)}-${random.int(1, 30)}-${random.int(1, 20)}`;
  const otherKinds = random.chance(0.3) ? [random.pickWeighted(kindTable)] : [];
  const fromMinutes = random.pick([8 * 60 + 30, 9 * 60, 9 * 60 + 30, 10 * 60]);
  const length = random.pick([4, 5, 6, 7]) * 60;
  const hoursFrom = `${pad(Math.floor(fromMinutes / 60))}:${pad(fromMinutes % 60)}`;
  const toMinutes = fromMinutes + length;
  const hoursTo = `${pad(Math.floor(toMinutes / 60))}:${pad(toMinutes % 60)}`;
  const workDays = hub
    ? weekdayTable
    : random.chance(0.2)
      ? [...weekdayTable, "sat" as Weekday]
      : pickSome(random, weekdayTable, 3, 5);
  const status = hub ? "active" : random.pickWeighted(statusTable);

  // About a third are certified (認定就労訓練事業): three-year terms, the older ones renewed.
  const certifications: GeneratedCertification[] = [];
  if (hub || random.chance(0.32)) {
    const mayor = area === "yokohama" || area === "kawasaki" || area === "sagamihara";
    const types: GeneratedCertification["employmentTypes"] = hub
      ? ["employed", "nonEmployed"]
      : random.pickWeighted(typesTable);
    // The current certification ends 0–3 years from today (a few within the 60-day reminder), and
    // one before it ended the day before it started (renewed).
    const until = addDays(settings.today, hub ? 400 + index * 30 : random.int(-60, 3 * 365));
    const from = addDays(until, -3 * 365 + 1);
    const authorityName = mayor ? `${place?.city.replace(/市.*$/, "市")}長` : "神奈川県知事";
    const numberOf = (n: number) =>
      `${mayor ? "市" : "県"}認第${String(1000 + ((index * 37 + n * 11) % 9000)).padStart(4, "0")}号`;
    certifications.push({
      id: settings.idOf("certification", index * 2),
      authority: mayor ? "mayor" : "governor",
      authorityName,
      number: numberOf(0),
      employmentTypes: types,
      validFrom: from,
      validUntil: until,
      notes: "",
    });
    if (hub || random.chance(0.6))
      certifications.push({
        id: settings.idOf("certification", index * 2 + 1),
        authority: mayor ? "mayor" : "governor",
        authorityName,
        number: numberOf(1),
        employmentTypes: types,
        validFrom: addDays(from, -3 * 365),
        validUntil: addDays(from, -1),
        notes: "更新前の認定",
      });
  }
  return {
    index,
    id: settings.idOf("workplace", index),
    name,
    nameKana,
    area,
    city: place?.city ?? "",
    postalCode: place?.postalCode ?? "",
    address: `${place?.city ?? ""}${place?.town ?? ""}${block}`,
    contactName: `${random.pick(contactFamilies)} ${random.pick(contactGivens)}`,
    contactPhone: phoneIn(random, area),
    contactEmail: `workplace${index}@example.org`,
    workKinds: [...new Set([kind, ...otherKinds])],
    workDescription: descriptions[kind],
    workDays,
    hoursFrom,
    hoursTo,
    traineeCapacity: hub ? 40 : random.int(1, 5),
    supportFeatures: pickSome(random, supportFeatureList, 0, 3),
    supportNotes: random.pick([
      "",
      "初日は手順書を一緒に読みます。",
      "短時間から始められます。",
      "静かな休憩室があります。",
      "作業は写真付きの手順書で説明します。",
    ]),
    status,
    certifications,
  };
}

const statusTable = weighted<"active" | "paused" | "ended">([
  ["active", 88],
  ["paused", 7],
  ["ended", 5],
]);
const typesTable = weighted<GeneratedCertification["employmentTypes"]>([
  [["nonEmployed"], 55],
  [["employed", "nonEmployed"], 30],
  [["employed"], 15],
]);
