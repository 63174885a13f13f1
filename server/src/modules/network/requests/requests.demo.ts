// The requests' demo data (諸資源の活用): fifteen fictional requests over this fiscal year and the last,
// every kind and status, from fictional schools, a ward office, a newspaper, a university seminar and
// member collectives. The demo office account owns the accepted ones; one is wanted within 14 days
// and two new ones are untaken, so its today list shows both kinds.
import { fiscalYearOf, fiscalYearRange } from "@otagai/shared/japanese/fiscal-year";
import type {
  NetworkRequestKind,
  NetworkRequestOrigin,
  NetworkRequestStatus,
} from "@otagai/shared/network/requests";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { networkRequests } from "./requests.tables.ts";

type DemoRequest = {
  /** Received this fiscal year (days before today, kept inside the year) or last (days into it). */
  year: "this" | "last";
  days: number;
  origin: NetworkRequestOrigin;
  kind: NetworkRequestKind;
  requesterName: string;
  requesterOrganization: string;
  requesterContact: string;
  title: string;
  details: string;
  /** Days after it was received (null: no day named). */
  wantedAfter: number | null;
  status: NetworkRequestStatus;
  outcome: string;
  /** Absolute: days from today (overrides wantedAfter). */
  wantedFromToday?: number;
};

export const demoRequests: DemoRequest[] = [
  {
    year: "this",
    days: 2,
    origin: "external",
    kind: "talk",
    requesterName: "川村 直子",
    requesterOrganization: "みどり台市立みどり台中学校（架空）",
    requesterContact: "045-000-1201",
    title: "総合学習「はたらく」の講演",
    details: "2年生120人に、協同で働くことについて45分の講演をお願いしたい。",
    wantedAfter: 40,
    status: "new",
    outcome: "",
  },
  {
    year: "this",
    days: 5,
    origin: "internal",
    kind: "space_lending",
    requesterName: "ワーカーズ・コレクティブ こもれび（架空）",
    requesterOrganization: "ワーカーズ・コレクティブ こもれび（架空）",
    requesterContact: "内線 12",
    title: "総会の会場として多目的室を借りたい",
    details: "土曜の午後、30人ほど。",
    wantedAfter: 20,
    status: "new",
    outcome: "",
  },
  {
    year: "this",
    days: 12,
    origin: "external",
    kind: "interview",
    requesterName: "早瀬 亮",
    requesterOrganization: "湘南みらい新聞（架空）",
    requesterContact: "hayase@example.jp",
    title: "地域面の連載「まちの仕事」の取材",
    details: "協力事業所での就労体験の様子を取材したい。写真撮影あり。",
    wantedAfter: null,
    status: "accepted",
    outcome: "",
    wantedFromToday: 6,
  },
  {
    year: "this",
    days: 30,
    origin: "external",
    kind: "visit",
    requesterName: "星野 ゆかり",
    requesterOrganization: "あおば区役所 地域振興課（架空）",
    requesterContact: "045-000-3300",
    title: "コミュニティスペースの見学",
    details: "区内の居場所づくりの参考に、職員5人で見学したい。",
    wantedAfter: 21,
    status: "done",
    outcome: "5人が来所。運営の工夫と利用者の声を紹介し、区の居場所マップへの掲載が決まった。",
  },
  {
    year: "this",
    days: 45,
    origin: "external",
    kind: "survey",
    requesterName: "西田 崇",
    requesterOrganization: "港北学院大学 地域社会学ゼミ（架空）",
    requesterContact: "nishida-seminar@example.ac.jp",
    title: "ワーカーズ・コレクティブの働き方に関するアンケート",
    details: "参加団体の組合員に質問紙を配りたい（無記名、30問）。",
    wantedAfter: 30,
    status: "accepted",
    outcome: "",
  },
  {
    year: "this",
    days: 60,
    origin: "internal",
    kind: "course_proposal",
    requesterName: "ワーカーズ・コレクティブ 陽だまり（架空）",
    requesterOrganization: "ワーカーズ・コレクティブ 陽だまり（架空）",
    requesterContact: "内線 21",
    title: "介護の入門講座を一緒に開きたい",
    details: "初任者向けに全4回。講師は団体から出す。",
    wantedAfter: 60,
    status: "declined",
    outcome: "今年度は会場の日程が埋まっているため見送り。来年度の計画で改めて相談する。",
  },
  {
    year: "this",
    days: 75,
    origin: "external",
    kind: "equipment_lending",
    requesterName: "松井 弘",
    requesterOrganization: "さくら町自治会（架空）",
    requesterContact: "045-000-4411",
    title: "夏祭りにテントと長机を借りたい",
    details: "テント2張、長机6台。",
    wantedAfter: 14,
    status: "done",
    outcome: "テント2張と長机6台を貸し出し、翌日に返却を受けた。",
  },
  {
    year: "this",
    days: 90,
    origin: "external",
    kind: "talk",
    requesterName: "岡本 真理",
    requesterOrganization: "県立ひばり高校 進路指導部（架空）",
    requesterContact: "045-000-5522",
    title: "進路講演「いろいろな働き方」",
    details: "3年生向け。",
    wantedAfter: 35,
    status: "done",
    outcome: "理事長が講演。生徒の感想文が届き、次年度も依頼したいとのこと。",
  },
  {
    year: "this",
    days: 110,
    origin: "external",
    kind: "other",
    requesterName: "田島 恵",
    requesterOrganization: "NPO法人 ふれあいネット（架空）",
    requesterContact: "tajima@example.org",
    title: "チラシを置かせてほしい",
    details: "子育てサロンの案内チラシ50部。",
    wantedAfter: null,
    status: "done",
    outcome: "受付に置き、1か月で配り終えた。",
  },
  {
    year: "last",
    days: 20,
    origin: "external",
    kind: "visit",
    requesterName: "大谷 聡",
    requesterOrganization: "みなと台市立第三小学校（架空）",
    requesterContact: "045-000-6633",
    title: "4年生の地域学習で事業所を見学",
    details: "リサイクルの作業場を見たい。",
    wantedAfter: 30,
    status: "done",
    outcome: "児童32人と先生3人が見学。お礼の手紙が届いた。",
  },
  {
    year: "last",
    days: 70,
    origin: "external",
    kind: "interview",
    requesterName: "木下 亜希",
    requesterOrganization: "タウン情報誌 ほっと湘南（架空）",
    requesterContact: "kinoshita@example.jp",
    title: "カフェ部門の紹介記事",
    details: "",
    wantedAfter: 10,
    status: "declined",
    outcome: "取材日に人手が足りず、お断りした。次の機会に声をかけてもらうことにした。",
  },
  {
    year: "last",
    days: 120,
    origin: "internal",
    kind: "course_proposal",
    requesterName: "企業組合 まちの台所（架空）",
    requesterOrganization: "企業組合 まちの台所（架空）",
    requesterContact: "内線 31",
    title: "食の起業講座の提案",
    details: "飲食の起業を考える人向けに全3回。",
    wantedAfter: 45,
    status: "done",
    outcome: "全3回を開き、延べ41人が参加。うち2人が起業相談につながった。",
  },
  {
    year: "last",
    days: 180,
    origin: "external",
    kind: "survey",
    requesterName: "前田 修",
    requesterOrganization: "県 産業労働局 雇用対策課（架空）",
    requesterContact: "045-000-7744",
    title: "就労支援の実施状況調査",
    details: "調査票への記入。",
    wantedAfter: 20,
    status: "done",
    outcome: "調査票を期限内に提出した。",
  },
  {
    year: "last",
    days: 240,
    origin: "internal",
    kind: "space_lending",
    requesterName: "ワーカーズ・コレクティブ つむぎ（架空）",
    requesterOrganization: "ワーカーズ・コレクティブ つむぎ（架空）",
    requesterContact: "内線 15",
    title: "作品展の会場に多目的室を借りたい",
    details: "3日間。",
    wantedAfter: 30,
    status: "done",
    outcome: "3日間貸し出し、来場者は約150人。",
  },
  {
    year: "last",
    days: 300,
    origin: "external",
    kind: "equipment_lending",
    requesterName: "小林 和也",
    requesterOrganization: "ひまわり保育園 保護者会（架空）",
    requesterContact: "045-000-8855",
    title: "プロジェクターを借りたい",
    details: "卒園式の上映会で使う。",
    wantedAfter: 7,
    status: "declined",
    outcome: "同じ日に事務局の会議で使うため、お断りした。",
  },
];

function receivedOnOf(request: DemoRequest, today: string): string {
  const thisYear = fiscalYearOf(today) ?? Number(today.slice(0, 4));
  if (request.year === "last") return addDays(fiscalYearRange(thisYear - 1).start, request.days);
  const received = addDays(today, -request.days);
  const start = fiscalYearRange(thisYear).start;
  // ISO days compare as text: a day before the year's first is moved to it.
  if (received < start) return start;
  return received;
}

export async function loadRequestsDemo(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const today = context.todayInJapan;
  const owner = context.userIdByRole.get("staff") ?? null;
  const rows = demoRequests.map((request) => {
    const receivedOn = receivedOnOf(request, today);
    const wantedOn =
      request.wantedFromToday !== undefined
        ? addDays(today, request.wantedFromToday)
        : request.wantedAfter === null
          ? null
          : addDays(receivedOn, request.wantedAfter);
    return {
      receivedOn,
      origin: request.origin,
      kind: request.kind,
      requesterName: request.requesterName,
      requesterOrganization: request.requesterOrganization,
      requesterContact: request.requesterContact,
      title: request.title,
      details: request.details,
      wantedOn,
      ownerId: request.status === "new" ? null : owner,
      status: request.status,
      outcome: request.outcome,
      createdBy: owner,
    };
  });
  await tx.insert(networkRequests).values(rows);
}

export const requestsDemo: DemoContribution = { area: "network.requests", order: 44, load: loadRequestsDemo };
