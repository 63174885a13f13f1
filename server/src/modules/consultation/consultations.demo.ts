// The consultation desk's demo data: twelve fictional consultations over the last three months,
// across the six fixed categories and every channel; some from demo participants, some from new
// persons, some anonymous. Four have a next action due within the week (one overdue), so the demo
// consultant's "today" list shows them.
import type { ConcernTopic } from "@otagai/shared/support/concern-topics";
import { asc, isNull } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../platform/demo-data.ts";
import { addDays } from "../../test/scale/dates.ts";
import { nameSearchKeysOf } from "../support/participants/participant-keys.ts";
import { participants } from "../support/participants/participants.tables.ts";
import { consultationCategories, consultations } from "./consultations.tables.ts";

type DemoPerson =
  | { kind: "participant"; index: number }
  | { kind: "new_person"; name: string; nameKana: string; phone?: string; ageBand?: string; area?: string }
  | { kind: "anonymous"; ageBand?: string; gender?: string; area?: string };

type DemoConsultation = {
  daysAgo: number;
  /** Hour of the day in Japan. */
  hour: number;
  channel: "phone" | "visit" | "online" | "email" | "outreach";
  category: string;
  person: DemoPerson;
  topics: ConcernTopic[];
  question: string;
  answer: string;
  outcomeRoute: "information" | "handover" | "continuing" | null;
  minutes: number;
  status: "open" | "follow_up_due" | "referred" | "closed";
  /** Days from today (negative: past). */
  nextAction?: { text: string; inDays: number };
};

/** Consultations with a next action due this week or past (the today list's items). */
export const demoNextActionsDue = 4;

export const demoConsultations: DemoConsultation[] = [
  {
    daysAgo: 2,
    hour: 10,
    channel: "phone",
    category: "employment",
    person: {
      kind: "new_person",
      name: "森 さくら",
      nameKana: "もり さくら",
      phone: "090-1234-3101",
      ageBand: "20s",
      area: "横浜市港北区",
    },
    topics: ["job_search"],
    question: "大学を中退してから働いていない。短い時間から働ける場所を知りたい。",
    answer: "就労準備支援の内容を説明し、来所での面談を提案した。",
    outcomeRoute: "continuing",
    minutes: 25,
    status: "follow_up_due",
    nextAction: { text: "面談日程の確認の電話", inDays: 2 },
  },
  {
    daysAgo: 5,
    hour: 14,
    channel: "visit",
    category: "living",
    person: { kind: "participant", index: 0 },
    topics: ["income", "rent_loans"],
    question: "家賃の支払いが遅れそう。使える制度はあるか。",
    answer: "住居確保給付金の要件を説明し、申請書類を一緒に確認した。",
    outcomeRoute: "continuing",
    minutes: 40,
    status: "open",
    nextAction: { text: "申請書類の不足分を受け取る", inDays: 4 },
  },
  {
    daysAgo: 9,
    hour: 11,
    channel: "online",
    category: "youth_station_practice",
    person: {
      kind: "new_person",
      name: "林 大輝",
      nameKana: "はやし だいき",
      ageBand: "under20",
      area: "横浜市青葉区",
    },
    topics: ["job_search", "withdrawal_truancy"],
    question: "サポステの紹介で、実習先について相談したい。",
    answer: "協力事業所の実習の流れを説明した。",
    outcomeRoute: "continuing",
    minutes: 30,
    status: "follow_up_due",
    nextAction: { text: "サポステ担当者へ実習先の候補を連絡", inDays: -1 },
  },
  {
    daysAgo: 14,
    hour: 15,
    channel: "phone",
    category: "public_employment",
    person: { kind: "anonymous", ageBand: "50s", gender: "男性", area: "座間市" },
    topics: ["job_search"],
    question: "50代でも応募できる仕事はあるか。",
    answer: "ハローワークの生涯現役支援窓口を案内した。",
    outcomeRoute: "handover",
    minutes: 15,
    status: "referred",
  },
  {
    daysAgo: 20,
    hour: 10,
    channel: "visit",
    category: "club_family_employment",
    person: {
      kind: "new_person",
      name: "松田 恵子",
      nameKana: "まつだ けいこ",
      phone: "045-000-3105",
      ageBand: "50s",
      area: "横浜市都筑区",
    },
    topics: ["family", "job_search"],
    question: "組合員の家族として、息子の就労について相談したい。",
    answer: "本人の来所を待つことにし、家族向けの説明資料を渡した。",
    outcomeRoute: "information",
    minutes: 35,
    status: "closed",
  },
  {
    daysAgo: 27,
    hour: 13,
    channel: "email",
    category: "startup",
    person: {
      kind: "new_person",
      name: "石川 葵",
      nameKana: "いしかわ あおい",
      ageBand: "30s",
      area: "相模原市中央区",
    },
    topics: ["other"],
    question: "ワーカーズ・コレクティブを立ち上げたい。",
    answer: "起業相談の日程と、必要な準備の一覧を送った。",
    outcomeRoute: "information",
    minutes: 20,
    status: "closed",
  },
  {
    daysAgo: 33,
    hour: 16,
    channel: "outreach",
    category: "living",
    person: { kind: "anonymous", ageBand: "40s", area: "横浜市港南区" },
    topics: ["no_food", "income"],
    question: "食料の支援を受けられる場所を知りたい。",
    answer: "フードバンクと区の窓口を案内した。",
    outcomeRoute: "handover",
    minutes: 10,
    status: "referred",
  },
  {
    daysAgo: 41,
    hour: 11,
    channel: "phone",
    category: "employment",
    person: { kind: "participant", index: 1 },
    topics: ["work_trouble"],
    question: "職場での人間関係がつらい。辞めるべきか迷っている。",
    answer: "話を聞き、担当コーディネーターとの面談を設定した。",
    outcomeRoute: "continuing",
    minutes: 45,
    status: "closed",
  },
  {
    daysAgo: 55,
    hour: 10,
    channel: "visit",
    category: "employment",
    person: { kind: "participant", index: 2 },
    topics: ["job_search", "health_disability"],
    question: "体調に合わせて働ける仕事を探したい。",
    answer: "短時間の実習から始める案を話し合った。",
    outcomeRoute: "continuing",
    minutes: 50,
    status: "open",
    nextAction: { text: "実習先の候補を本人に連絡", inDays: 6 },
  },
  {
    daysAgo: 63,
    hour: 14,
    channel: "online",
    category: "public_employment",
    person: { kind: "new_person", name: "小川 翼", nameKana: "おがわ つばさ", ageBand: "20s" },
    topics: ["job_search"],
    question: "履歴書の書き方を教えてほしい。",
    answer: "書き方の資料を送り、添削の予約を受けた。",
    outcomeRoute: "information",
    minutes: 30,
    status: "closed",
  },
  {
    daysAgo: 74,
    hour: 15,
    channel: "phone",
    category: "youth_station_practice",
    person: { kind: "anonymous", ageBand: "under20" },
    topics: ["withdrawal_truancy"],
    question: "家から出られない子どもについて、親として相談したい。",
    answer: "ひきこもり地域支援センターを案内した。",
    outcomeRoute: "handover",
    minutes: 20,
    status: "referred",
  },
  {
    daysAgo: 86,
    hour: 11,
    channel: "visit",
    category: "startup",
    person: {
      kind: "new_person",
      name: "中野 直美",
      nameKana: "なかの なおみ",
      phone: "046-000-3112",
      ageBand: "40s",
      area: "座間市",
    },
    topics: ["other", "income"],
    question: "自宅で小さな菓子工房を始めたい。",
    answer: "起業相談の流れと、保健所の許可について説明した。",
    outcomeRoute: "information",
    minutes: 40,
    status: "closed",
  },
];

/** A day and hour in Japan as a moment. */
function consultedAt(day: string, hour: number): Date {
  return new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+09:00`);
}

/** Writes the consultations in the demo transaction (after the support area's people). */
export async function loadConsultationsDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const consultant = context.userIdByRole.get("consultant") ?? null;
  const categories = await tx
    .select({ id: consultationCategories.id, code: consultationCategories.code })
    .from(consultationCategories);
  const categoryId = new Map(categories.map((row) => [row.code, row.id]));
  const people = await tx
    .select({ id: participants.id, searchKey: participants.searchKey })
    .from(participants)
    .where(isNull(participants.mergedIntoId))
    .orderBy(asc(participants.createdAt), asc(participants.id))
    .limit(3);
  for (const item of demoConsultations) {
    const { person } = item;
    const participant = person.kind === "participant" ? people[person.index] : undefined;
    // Without the support area's people (a partial demo), a participant's consultation is anonymous.
    const personal =
      participant !== undefined
        ? { personKind: "participant", participantId: participant.id, searchKey: participant.searchKey }
        : person.kind === "new_person"
          ? {
              personKind: "new_person",
              personName: person.name,
              personNameKana: person.nameKana,
              personPhone: person.phone ?? "",
              ageBand: person.ageBand ?? "",
              area: person.area ?? "",
              searchKey: nameSearchKeysOf(person.name, person.nameKana).searchKey,
            }
          : {
              personKind: "anonymous",
              ageBand: person.kind === "anonymous" ? (person.ageBand ?? "") : "",
              gender: person.kind === "anonymous" ? (person.gender ?? "") : "",
              area: person.kind === "anonymous" ? (person.area ?? "") : "",
            };
    const category = categoryId.get(item.category);
    if (!category) throw new Error(`no consultation category ${item.category}`);
    await tx.insert(consultations).values({
      consultedAt: consultedAt(addDays(context.todayInJapan, -item.daysAgo), item.hour),
      channel: item.channel,
      consultantId: consultant,
      categoryId: category,
      ...personal,
      concernTopics: item.topics,
      question: item.question,
      answer: item.answer,
      outcomeRoute: item.outcomeRoute,
      minutes: item.minutes,
      status: item.status,
      nextAction: item.nextAction?.text ?? "",
      nextActionOn: item.nextAction ? addDays(context.todayInJapan, item.nextAction.inDays) : null,
      createdBy: consultant,
    });
  }
}

/** After the support area's people (30), whom some consultations name. */
export const consultationsDemoContribution: DemoContribution = {
  area: "consultation",
  order: 70,
  load: loadConsultationsDemoData,
};
