// Short texts of the kind support staff write, for the generated records (fictional, no one's story).
import { concernTopics } from "@otagai/shared/support/concern-topics";
import { weighted } from "./random.ts";

/** How often each of the sixteen topics of the 相談受付・申込票 comes up. */
export const concernTopicTable = weighted(
  concernTopics.map((topic) => {
    const weights: Record<string, number> = {
      job_search: 45,
      income: 35,
      health_disability: 30,
      withdrawal_truancy: 18,
      family: 15,
      housing: 12,
      debt: 10,
      rent_loans: 8,
      work_trouble: 8,
      taxes_utilities: 6,
      community: 5,
      other: 5,
      childcare: 4,
      caregiving: 4,
      no_food: 3,
      violence_abuse: 2,
    };
    return [topic, weights[topic] ?? 1] as const;
  }),
);

export const howCame = [
  "本人来所",
  "電話相談",
  "家族の紹介",
  "福祉事務所からの紹介",
  "ハローワークからの紹介",
  "地域包括支援センターからの紹介",
  "学校からの紹介",
  "ウェブサイトを見て",
];
export const accompaniedBy = ["", "", "", "母", "父", "配偶者", "福祉事務所ケースワーカー", "きょうだい"];
export const intakeNotes = [
  "離職後1年以上求職活動ができていない。まずは生活リズムを整えたいとのこと。",
  "家族から本人の様子について相談。本人も来所し、就労への意欲はあるが不安が強い。",
  "家賃の支払いが厳しく、早期の就労を希望。",
  "人と話すことに強い緊張がある。少人数での作業体験から始めたい。",
  "高校中退後、長期間自宅で過ごしている。",
  "体調を崩して退職。通院しながら短時間の仕事を探したい。",
];

export const assessmentNotes: Record<string, string[]> = {
  dailyLife: ["昼夜逆転気味。起床時間が不規則。", "家事は概ねできている。", "食事が不規則で、栄養面に課題。"],
  health: [
    "通院中、服薬は継続できている。",
    "疲れやすく、長時間の活動は難しい。",
    "健康面の大きな課題はない。",
  ],
  socialRelations: [
    "家族以外との交流はほとんどない。",
    "友人とは連絡を取っている。",
    "集団の場に強い緊張がある。",
  ],
  workHistory: ["飲食店でのアルバイト経験（2年）。", "正社員経験あり（製造業、5年）。", "就労経験なし。"],
  skills: ["普通自動車免許あり。", "パソコンの基本操作ができる。", "簿記3級。", "特になし。"],
  wishes: ["人と関わらない仕事を希望。", "体を動かす仕事がしたい。", "まずは週2日から働きたい。"],
};
export const assessmentSummaries = [
  "生活リズムの安定を優先し、段階的に就労体験へ進む。",
  "就労意欲は高いが体力面に不安。短時間の体験から開始する。",
  "対人面の不安が大きい。少人数のプログラムで経験を積む。",
];

export const goalTexts: Record<"dailyLife" | "socialLife" | "work", { goal: string; actions: string[] }[]> = {
  dailyLife: [
    { goal: "毎朝8時に起きる", actions: ["起床時間を記録する", "週1回の面談で振り返る"] },
    { goal: "3食とる習慣をつける", actions: ["食事の記録をつける", "調理体験に参加する"] },
    { goal: "通院と服薬を続ける", actions: ["通院日を手帳に書く", "支援員が月1回確認する"] },
  ],
  socialLife: [
    { goal: "週2回プログラムに参加する", actions: ["グループワークに参加する", "参加後に感想を話す"] },
    { goal: "家族以外の人と話す機会を増やす", actions: ["居場所事業に通う", "ボランティア活動に参加する"] },
    {
      goal: "公共交通機関で一人で通所できる",
      actions: ["支援員と一緒に経路を確認する", "一人で通所してみる"],
    },
  ],
  work: [
    { goal: "就労体験を3か月続ける", actions: ["協力事業所で週2日の体験", "体験先との振り返り面談"] },
    { goal: "履歴書を完成させる", actions: ["職務経歴の棚卸し", "模擬面接を受ける"] },
    {
      goal: "ハローワークに登録して求人を探す",
      actions: ["ハローワークへ同行する", "応募先を一緒に検討する"],
    },
  ],
};
export const actionBy = ["本人", "本人", "支援員", "就労支援員", "関係機関"];
export const conferenceAttendees = [
  "相談支援員、就労支援員、福祉事務所ケースワーカー",
  "相談支援員、就労支援員、自立相談支援機関",
  "就労支援員、協力事業所担当者、福祉事務所ケースワーカー",
];
export const conferenceNotes = [
  "プランの内容で了承。",
  "就労体験先の調整を進めること。",
  "目標の期間を見直すこと。",
];
export const evaluationNotes = [
  "生活リズムは安定してきた。就労体験を継続。",
  "体験先での評価は良好。一般就労に向けて準備を進める。",
  "体調の波があり、目標の一部は未達成。",
];
export const closureSummaries: Record<string, string[]> = {
  goalsMet: ["プランの目標を達成し、支援を終結。", "生活が安定し、本人の希望により終結。"],
  employed: [
    "協力事業所で週4日のパート就労が決定。",
    "一般企業への就職が決まった（週30時間）。",
    "ハローワーク経由で就職。",
  ],
  handedOver: [
    "障害福祉サービスの利用へつないだ。",
    "自立相談支援機関へつないだ。",
    "医療機関での治療を優先することになった。",
  ],
  withdrew: ["本人から支援終了の申し出。", "家族の事情により利用を辞退。"],
  movedAway: ["市外へ転居のため終結。"],
  noContact: ["3か月間連絡が取れず終結。"],
  other: ["情報提供のみで終了。", "他制度の利用が決まり終結。"],
};

export const activityNotes: Record<string, string[]> = {
  interview: [
    "定期面談。生活リズムについて振り返り。",
    "就労体験の感想を聞き取り。",
    "今後の目標を一緒に確認。",
    "体調について聞き取り。睡眠が改善してきた。",
  ],
  phone: [
    "面談日程の調整。",
    "体調確認の電話。",
    "欠席の連絡あり。次回の予定を確認。",
    "体験先の様子を確認。",
  ],
  visit: ["自宅訪問。家族とも面会。", "自宅訪問。生活状況を確認。"],
  accompaniment: [
    "ハローワークへ同行。",
    "福祉事務所へ同行。",
    "協力事業所の見学に同行。",
    "病院受診に同行。",
  ],
  training: [
    "就労体験（清掃作業）に参加。",
    "就労体験（軽作業）に参加。",
    "パソコン講座に参加。",
    "グループワークに参加。",
  ],
  email: ["求人情報を送付。", "次回面談の案内を送付。"],
  meeting: ["関係機関とケース会議。", "体験先担当者と打ち合わせ。"],
  case_conference: ["支援調整会議でプランを検討。"],
};
