// The start-up directory's demo data: four fictional grants (架空) whose windows are set from today —
// one opens and one closes within 30 days, so the demo consultant's today list shows both — and three
// how-to guides with the real steps of forming a workers' collective, an NPO法人 and a 一般社団法人.
// The demo's 起業相談 consultation, when there is one, gets a grant and a guide linked.
import { asc, eq } from "drizzle-orm";
import type { DemoContext, DemoContribution, DemoTransaction } from "../../../platform/demo-data.ts";
import { addDays } from "../../../test/scale/dates.ts";
import { consultationCategories, consultations } from "../consultations.tables.ts";
import { consultationStartupResources, startupResources } from "./startup-resources.tables.ts";

type DemoGrant = {
  title: string;
  provider: string;
  amount: string;
  eligibility: string;
  /** Days from today (negative: past). */
  opens: number;
  closes: number;
  body: string;
  tags: string[];
};

export const demoGrants: DemoGrant[] = [
  {
    title: "地域貢献活動助成（架空）",
    provider: "かながわ市民活動基金（架空）",
    amount: "上限30万円（助成率10/10）",
    eligibility: "県内で地域の課題に取り組む設立5年以内の市民団体（任意団体・NPO法人・協同組合など）",
    opens: 12,
    closes: 56,
    body: "応募書類: 申請書、事業計画書、収支予算書、団体の規約または定款\n選考: 書類選考と面接（応募締切の約1か月後）",
    tags: ["助成金", "地域活動", "立ち上げ"],
  },
  {
    title: "ワーカーズ・コレクティブ立ち上げ支援補助金（架空）",
    provider: "横浜市民協働推進財団（架空）",
    amount: "上限50万円（補助率2/3）",
    eligibility: "市内で労働者協同組合またはワーカーズ・コレクティブを新たに立ち上げる3人以上のグループ",
    opens: -20,
    closes: 18,
    body: "対象経費: 設立登記の費用、備品、研修費、広報費\n事前相談が必要です（受付締切の1週間前まで）。",
    tags: ["補助金", "ワーカーズ・コレクティブ", "立ち上げ"],
  },
  {
    title: "市民事業スタートアップ助成（架空）",
    provider: "生活協同組合まちづくり基金（架空）",
    amount: "1団体10万円〜100万円",
    eligibility: "福祉・子育て・環境の分野で非営利の事業を始める団体",
    opens: -40,
    closes: 75,
    body: "応募書類: 応募用紙、事業計画、予算書\n報告: 事業終了後1か月以内に実績報告書",
    tags: ["助成金", "NPO", "福祉"],
  },
  {
    title: "女性・若者の起業応援補助金（架空）",
    provider: "湘南地域産業振興センター（架空）",
    amount: "上限100万円（補助率1/2）",
    eligibility: "県内で創業して1年以内、または創業を予定する女性・39歳以下の方",
    opens: -150,
    closes: -90,
    body: "今年度の募集は終わりました。次回の募集は例年春ごろです。",
    tags: ["補助金", "創業", "若者"],
  },
];

export const demoGuides = [
  {
    title: "ワーカーズ・コレクティブ（労働者協同組合）を立ち上げる",
    provider: "労働者協同組合法（2022年10月施行）",
    url: "https://www.mhlw.go.jp/",
    body: [
      "手順",
      "1. 発起人（組合員になろうとする3人以上）で、事業・働き方・出資について話し合う",
      "2. 定款をつくる（事業、組合員の資格、出資1口の金額、剰余金の配当など）",
      "3. 創立総会の日時と場所を、開く日の2週間前までに公告する",
      "4. 創立総会で定款を承認し、理事（3人以上）と監事（1人以上）を選ぶ",
      "5. 出資の払込みを終えてから2週間以内に、主たる事務所の所在地の法務局で設立の登記をする（登記で成立。行政庁の認可は不要）",
      "6. 成立の日から2週間以内に、行政庁（都道府県知事）へ成立の届出をする",
      "",
      "主な書類",
      "定款、創立総会の議事録、役員の就任承諾書、出資の払込みを証する書面、設立登記申請書",
    ].join("\n"),
    tags: ["ワーカーズ・コレクティブ", "法人設立", "立ち上げ"],
  },
  {
    title: "NPO法人（特定非営利活動法人）を設立する",
    provider: "特定非営利活動促進法",
    url: "https://www.npo-homepage.go.jp/",
    body: [
      "手順",
      "1. 社員（正会員）10人以上、理事3人以上・監事1人以上を集め、設立総会を開く",
      "2. 所轄庁（主たる事務所のある都道府県または政令市）に設立の認証を申請する",
      "3. 申請書類の一部が1か月間、公衆に縦覧される",
      "4. 所轄庁は縦覧の後2か月以内に認証または不認証を決める",
      "5. 認証の通知から2週間以内に法務局で設立の登記をする（登記で成立）",
      "6. 登記の後、設立登記完了届出書を所轄庁に出す",
      "",
      "主な書類",
      "定款、役員名簿、役員の就任承諾書と誓約書、役員の住所を証する書面、社員10人以上の名簿、確認書、設立趣旨書、設立総会の議事録、設立当初の2事業年度の事業計画書と活動予算書",
    ].join("\n"),
    tags: ["NPO", "法人設立"],
  },
  {
    title: "一般社団法人を設立する",
    provider: "一般社団法人及び一般財団法人に関する法律",
    url: "https://www.moj.go.jp/",
    body: [
      "手順",
      "1. 設立時社員（2人以上）で定款をつくる（目的、名称、主たる事務所、社員の資格など）",
      "2. 公証役場で定款の認証を受ける",
      "3. 設立時理事（1人以上）を選ぶ（理事会を置くなら理事3人以上・監事1人以上）",
      "4. 主たる事務所の所在地の法務局で設立の登記を申請する（登記で成立。資本金は不要）",
      "5. 税務署・都道府県・市町村に法人設立の届出をする",
      "",
      "主な書類",
      "公証人の認証を受けた定款、設立時理事の就任承諾書、印鑑証明書、設立時代表理事の選定を証する書面、設立登記申請書、印鑑届書",
    ].join("\n"),
    tags: ["一般社団法人", "法人設立"],
  },
];

export async function loadStartupDemoData(tx: DemoTransaction, context: DemoContext): Promise<void> {
  const today = context.todayInJapan;
  const grants = await tx
    .insert(startupResources)
    .values(
      demoGrants.map((grant, index) => ({
        kind: "grant",
        title: grant.title,
        provider: grant.provider,
        amount: grant.amount,
        eligibility: grant.eligibility,
        windowOpensOn: addDays(today, grant.opens),
        windowClosesOn: addDays(today, grant.closes),
        url: `https://example.org/grants/${index + 1}`,
        body: grant.body,
        tags: grant.tags,
      })),
    )
    .returning({ id: startupResources.id });
  const guides = await tx
    .insert(startupResources)
    .values(demoGuides.map((guide) => ({ kind: "guide", ...guide })))
    .returning({ id: startupResources.id });
  // The demo's first 起業相談 consultation, if the consultation desk's demo made one.
  const [consultation] = await tx
    .select({ id: consultations.id })
    .from(consultations)
    .innerJoin(consultationCategories, eq(consultationCategories.id, consultations.categoryId))
    .where(eq(consultationCategories.code, "startup"))
    .orderBy(asc(consultations.consultedAt))
    .limit(1);
  const linked = [grants[1], guides[0]].filter((row) => row !== undefined);
  if (consultation && linked.length > 0)
    await tx.insert(consultationStartupResources).values(
      linked.map((row) => ({
        consultationId: consultation.id,
        resourceId: row.id,
        linkedBy: context.userIdByRole.get("consultant") ?? null,
      })),
    );
}

/** After the consultation desk's consultations (70), one of which it links entries to. */
export const startupDemoContribution: DemoContribution = {
  area: "consultation.startup",
  order: 75,
  load: loadStartupDemoData,
};
