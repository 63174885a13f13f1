/**
 * The indicators' names and plain-language definitions (issue 14), shown next to every figure. The
 * queries are in server/src/modules/reports/indicators/indicator-rows.ts: change both together.
 */
export const indicatorsJa = {
  measures: { people: "実人数", records: "件数", sum: "合計", rate: "割合（%）" },
  newIntakes: {
    label: "新規相談受付件数",
    definition: "期間中にインテーク（相談受付）を記録した支援の件数。受付日で数えます。",
    parts: { intakes: "新規相談受付件数" },
  },
  plansMade: {
    label: "プラン作成件数",
    definition: "期間中に初めて作成した支援プランの件数。再プランは含みません。作成日で数えます。",
    parts: { plans: "プラン作成件数" },
  },
  workSupportTargets: {
    label: "就労支援対象者数",
    definition:
      "期間中に作成したプランに「就労自立」の目標がある人の数。1人は期間中に何度プランを作っても1人です。",
    parts: { people: "就労支援対象者数" },
  },
  startedWork: {
    label: "就労者数",
    definition:
      "期間中に就労（一般就労・ワーカーズ・コレクティブのメンバー・パート）を始めた人の数。就労開始日で数え、1人は1回です。",
    parts: { people: "就労者数" },
  },
  raisedIncome: {
    label: "増収者数",
    definition:
      "期間中に始まった就労等の結果で、収入が前より増えた人の数（前の収入が未記入なら0円として比べます）。",
    parts: { people: "増収者数" },
  },
  employmentOrIncomeRate: {
    label: "就労・増収率",
    definition:
      "期間中に就労の目標があるプランを作った人（対象者）のうち、プラン作成後、期間の終わりまでに就労または増収した人の割合。月の欄はその月にプランを作った人についての割合です。",
    parts: { achieved: "就労・増収した対象者", targets: "就労支援対象者", rate: "就労・増収率（%）" },
  },
  screeningRoutes: {
    label: "スクリーニングの振り分け",
    definition:
      "期間中に受け付けた相談を、スクリーニングの結果（継続支援・つなぎ・情報提供のみ）ごとに数えた件数。",
    parts: { continuing: "継続支援", handover: "つなぎ", information: "情報提供のみ" },
  },
  activeParticipants: {
    label: "参加者数（実人数）",
    definition:
      "期間中に1日でも支援が続いていた（開始済みで終結前の）人の数。月をまたぐ人は各月に1人、期間の合計でも1人です。",
    parts: { people: "参加者数" },
  },
  placementsStarted: {
    label: "就労体験の開始件数",
    definition: "期間中に始まった就労体験実習の件数（予定のままのものは含みません）。開始日で数えます。",
    parts: { placements: "開始件数" },
  },
  placementsCompleted: {
    label: "就労体験の修了件数",
    definition: "期間中に修了した就労体験実習の件数（途中終了は含みません）。最終日で数えます。",
    parts: { placements: "修了件数" },
  },
  attendanceHours: {
    label: "訓練・体験の時間数",
    definition: "期間中に出席した日（遅刻・早退を含み、欠席を除く）の実習時間の合計。",
    parts: { hours: "時間数" },
  },
  supportContacts: {
    label: "支援の延べ件数と時間",
    definition:
      "期間中に記録した面談・電話・訪問・同行などの支援の延べ件数と、その分数の合計。日本時間の日付で数えます。",
    parts: { contacts: "延べ件数", minutes: "支援時間（分）" },
  },
  followUps: {
    label: "定着支援",
    definition:
      "期間中に実施したフォローアップの件数と、1・3・6・12か月時点のフォローアップで働き続けていた人の数。",
    parts: {
      done: "フォローアップ実施件数",
      working1: "1か月時点で就労継続",
      working3: "3か月時点で就労継続",
      working6: "6か月時点で就労継続",
      working12: "12か月時点で就労継続",
    },
  },
  youthDestinations: {
    label: "進路決定",
    definition:
      "期間中に進路が決まった人の数を、就職（一般就労・パート・ワーカーズ・コレクティブ）・職業訓練・進学・その他に分けて数えます。",
    parts: { employment: "就職", training: "職業訓練", education: "進学", other: "その他" },
  },
};
