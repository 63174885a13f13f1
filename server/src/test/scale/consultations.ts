// The consultation desk's fictional records (相談事業, issue 12): one consultation per index, a pure
// function of (seed, index, how many participants there are). A third name a scale participant, a
// third a new person (a generated name and reading, sometimes a phone or an e-mail), the rest are
// anonymous. Consultations fall on the desk's open days over the five fiscal years of the window.
import { isBusinessDay } from "@otagai/shared/japanese/holidays";
import type { ConcernTopic } from "@otagai/shared/support/concern-topics";
import { nameSearchKeysOf } from "../../modules/support/participants/participant-keys.ts";
import { addDays, daysBetween } from "./dates.ts";
import { type Cohort, familyNames, type Gender, givenNames } from "./names.ts";
import { type Area, areaTable, kanagawaPlaces, phoneIn } from "./places.ts";
import { type Random, randomFor, weighted } from "./random.ts";
import type { GeneratorSettings } from "./settings.ts";
import { concernTopicTable } from "./texts.ts";

export type DeskSizes = {
  consultations: number;
  referrals: number;
  /** Requests from the public form (the newest few still "new"). */
  requests: number;
  agencies: number;
  advisors: number;
};

/** The desk's sizes that go with a number of participants (100,000: 200,000 consultations …). */
export function deskSizesFor(participants: number): DeskSizes {
  return {
    consultations: participants * 2,
    referrals: Math.round(participants * 0.3),
    requests: Math.round(participants / 20),
    agencies: Math.min(40, Math.max(8, Math.round(participants / 2_500))),
    advisors: Math.min(10, Math.max(3, Math.round(participants / 10_000))),
  };
}

/** The desk's own categories (no code), besides the six fixed ones of the migration. */
export const deskCategories = [
  { name: "ひとり親家庭の就労相談", sortOrder: 70 },
  { name: "外国籍の方の生活相談", sortOrder: 80 },
] as const;

/** A category: a fixed code, or the index of one of deskCategories. */
export type CategoryRef = { code: string } | { desk: number };

const categoryTable = weighted<CategoryRef>([
  [{ code: "employment" }, 30],
  [{ code: "public_employment" }, 18],
  [{ code: "living" }, 26],
  [{ code: "youth_station_practice" }, 7],
  [{ code: "club_family_employment" }, 6],
  [{ code: "startup" }, 6],
  [{ desk: 0 }, 4],
  [{ desk: 1 }, 3],
]);
const channelTable = weighted([
  ["phone", 45],
  ["visit", 30],
  ["online", 10],
  ["email", 8],
  ["outreach", 7],
] as const);
const routeTable = weighted([
  ["information", 44],
  ["handover", 24],
  ["continuing", 29],
  [null, 3],
] as const);
const ageBandTable = weighted([
  ["under20", 8],
  ["20s", 22],
  ["30s", 22],
  ["40s", 21],
  ["50s", 17],
  ["60plus", 10],
] as const);

type Exchange = { question: string; answer: string };
/** What people ask and what the desk answers, by category (fictional, no one's story). */
const exchanges: Record<string, Exchange[]> = {
  employment: [
    {
      question: "短い時間から働ける仕事を探したい。",
      answer: "就労準備支援の内容を説明し、来所での面談を提案した。",
    },
    { question: "履歴書の書き方が分からない。", answer: "履歴書の見本を渡し、添削の予約を受けた。" },
    { question: "面接で緊張してうまく話せない。", answer: "模擬面接の日程を案内した。" },
  ],
  public_employment: [
    { question: "50代でも応募できる仕事はあるか。", answer: "ハローワークの生涯現役支援窓口を案内した。" },
    { question: "ブランクがあっても働けるか不安。", answer: "職場体験から始める流れを説明した。" },
  ],
  living: [
    { question: "家賃の支払いが遅れそう。使える制度はあるか。", answer: "住居確保給付金の要件を説明した。" },
    { question: "食料の支援を受けられる場所を知りたい。", answer: "フードバンクと区の窓口を案内した。" },
    { question: "借金の返済が苦しい。", answer: "法テラスの無料相談を案内した。" },
  ],
  youth_station_practice: [
    {
      question: "サポステの紹介で、実習先について相談したい。",
      answer: "協力事業所の実習の流れを説明した。",
    },
  ],
  club_family_employment: [
    {
      question: "組合員の家族として、子どもの就労について相談したい。",
      answer: "家族向けの説明資料を渡した。",
    },
  ],
  startup: [
    { question: "ワーカーズ・コレクティブを立ち上げたい。", answer: "起業相談の日程と準備の一覧を送った。" },
    { question: "自宅で小さな菓子工房を始めたい。", answer: "保健所の営業許可と補助金の情報を伝えた。" },
  ],
  desk0: [
    {
      question: "子どもを預けながら働ける職場を探したい。",
      answer: "保育の窓口と短時間勤務の求人を案内した。",
    },
  ],
  desk1: [
    { question: "日本語で書類を書くのが難しい。", answer: "やさしい日本語の資料と通訳の支援を案内した。" },
  ],
};
const nextActions = [
  "面談日程の確認の電話",
  "必要書類を受け取る",
  "関係機関への連絡結果を伝える",
  "実習先の候補を連絡",
];

export type GeneratedPerson =
  | { kind: "participant"; participantIndex: number; ageBand: string; gender: string; area: string }
  | {
      kind: "new_person";
      name: string;
      nameKana: string;
      phone: string;
      email: string;
      ageBand: string;
      gender: string;
      area: string;
      searchKey: string;
    }
  | { kind: "anonymous"; ageBand: string; gender: string; area: string };

export type GeneratedConsultation = {
  index: number;
  id: string;
  /** Japan date and minute of the day. */
  day: string;
  minute: number;
  channel: "phone" | "visit" | "online" | "email" | "outreach";
  consultantSlot: number;
  /** A consultation without a consultant (entered by someone else), now and then. */
  noConsultant: boolean;
  category: CategoryRef;
  person: GeneratedPerson;
  concernTopics: ConcernTopic[];
  question: string;
  answer: string;
  outcomeRoute: "information" | "handover" | "continuing" | null;
  minutes: number | null;
  status: "open" | "follow_up_due" | "referred" | "closed";
  nextAction: string;
  nextActionOn: string | null;
};

const familyTable = weighted(familyNames.map(({ name, weight }) => [name, weight] as const));
const givenTable = (cohort: Cohort, gender: Gender) =>
  weighted(givenNames[cohort][gender].map(({ name, weight }) => [name, weight] as const));
const givenTables: Record<Cohort, Record<Gender, ReturnType<typeof givenTable>>> = {
  "1960": { male: givenTable("1960", "male"), female: givenTable("1960", "female") },
  "1975": { male: givenTable("1975", "male"), female: givenTable("1975", "female") },
  "1990": { male: givenTable("1990", "male"), female: givenTable("1990", "female") },
};

/** A fictional person's name and reading (hiragana, spaced as the desk types it). */
export function generatedName(
  random: Random,
  ageBand: string,
  gender: Gender,
): { name: string; nameKana: string } {
  const family = random.pickWeighted(familyTable);
  const cohort: Cohort = ["50s", "60plus"].includes(ageBand)
    ? "1960"
    : ["30s", "40s"].includes(ageBand)
      ? "1975"
      : "1990";
  const given = random.pickWeighted(givenTables[cohort][gender]);
  return { name: `${family.name} ${given.name}`, nameKana: `${family.reading} ${given.reading}` };
}

/** A city or ward of the area, as the desk notes where someone lives. */
export function cityIn(random: Random, area: Area): string {
  const places = kanagawaPlaces().get(area) ?? [];
  return places.length > 0 ? random.pick(places).city : "横浜市中区";
}

/** An open day of the desk (a business day) on or before `latest`, near `day`. */
export function openDayNear(day: string, latest: string): string {
  let candidate = day > latest ? latest : day;
  for (let step = 0; step < 10 && !isBusinessDay(candidate); step++) candidate = addDays(candidate, -1);
  return candidate;
}

function personOf(random: Random, participants: number): GeneratedPerson {
  const ageBand = random.chance(0.8) ? random.pickWeighted(ageBandTable) : "";
  const female = random.chance(0.48);
  const area = random.pickWeighted(areaTable);
  const roll = random.next();
  if (participants > 0 && roll < 1 / 3)
    return {
      kind: "participant",
      participantIndex: random.int(0, participants - 1),
      ageBand: "",
      gender: "",
      area: "",
    };
  if (roll < 2 / 3) {
    const { name, nameKana } = generatedName(random, ageBand, female ? "female" : "male");
    const phone = random.chance(0.7) ? phoneIn(random, area) : "";
    return {
      kind: "new_person",
      name,
      nameKana: random.chance(0.9) ? nameKana : "",
      phone,
      email: random.chance(0.15) ? `soudan${random.int(1000, 99_999)}@example.jp` : "",
      ageBand,
      gender: random.chance(0.7) ? (female ? "女性" : "男性") : "",
      area: random.chance(0.8) ? cityIn(random, area) : "",
      searchKey: "",
    };
  }
  return {
    kind: "anonymous",
    ageBand,
    gender: random.chance(0.5) ? (female ? "女性" : "男性") : "",
    area: random.chance(0.5) ? cityIn(random, area) : "",
  };
}

const minutesByChannel: Record<GeneratedConsultation["channel"], [number, number]> = {
  phone: [5, 40],
  visit: [20, 90],
  online: [20, 60],
  email: [5, 20],
  outreach: [10, 60],
};

export function generateConsultation(
  settings: GeneratorSettings,
  index: number,
  participants: number,
): GeneratedConsultation {
  const random = randomFor(settings.seed, "consultation", index);
  const span = Math.max(0, daysBetween(settings.windowStart, settings.today));
  // A little more each year (the desk became known): the later half of the window a bit denser.
  const share = 1 - (1 - random.next()) ** 1.25;
  const day = openDayNear(addDays(settings.windowStart, Math.floor(share * span)), settings.today);
  const channel = random.pickWeighted(channelTable);
  const category = random.pickWeighted(categoryTable);
  const person = personOf(random, participants);
  if (person.kind === "new_person")
    person.searchKey = nameSearchKeysOf(person.name, person.nameKana).searchKey;
  const topics = new Set<ConcernTopic>([random.pickWeighted(concernTopicTable)]);
  for (let n = random.int(0, 2); n > 0; n--) topics.add(random.pickWeighted(concernTopicTable));
  const exchange = random.pick(exchanges["code" in category ? category.code : `desk${category.desk}`] ?? []);
  const outcomeRoute = random.pickWeighted(routeTable);
  const age = daysBetween(day, settings.today);
  let status: GeneratedConsultation["status"] = "closed";
  if (outcomeRoute === "handover") status = random.chance(0.85) ? "referred" : "closed";
  else if (outcomeRoute === "continuing" && (age < 60 || random.chance(0.03)))
    status = random.chance(0.5) ? "open" : "follow_up_due";
  else if (outcomeRoute === null) status = age < 14 ? "open" : "closed";
  const waiting = status === "open" || status === "follow_up_due";
  const [low, high] = minutesByChannel[channel];
  return {
    index,
    id: settings.idOf("consultation", index),
    day,
    minute: 9 * 60 + random.int(0, 101) * 5,
    channel,
    consultantSlot: random.int(0, 1_000),
    noConsultant: random.chance(0.03),
    category,
    person,
    concernTopics: [...topics],
    question: exchange?.question ?? "",
    answer: exchange?.answer ?? "",
    outcomeRoute,
    minutes: random.chance(0.95) ? random.int(low, high) : null,
    status,
    nextAction: waiting ? random.pick(nextActions) : "",
    nextActionOn: waiting ? addDays(day, random.int(3, 21)) : null,
  };
}
