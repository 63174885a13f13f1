/**
 * The indicators a contract (委託契約) can say the municipality expects: a fixed list, so that the
 * monthly and yearly reports (issue 14) can compute each one. Labels are in the support catalogs
 * (`support.programs.indicators.<key>`). A module without zod: the web's pages read it as it is.
 */
export const contractIndicators = [
  /** 新規相談受付件数 */
  "newIntakes",
  /** プラン作成件数 */
  "plansMade",
  /** 就労支援対象者数 */
  "workSupportTargets",
  /** 就労者数 */
  "startedWork",
  /** 増収者数 */
  "raisedIncome",
  /** 就労・増収率 */
  "employmentOrIncomeRate",
  /** スクリーニングの振り分け（継続支援・つなぎ・情報提供） */
  "screeningRoutes",
  /** 参加者数（実人数） */
  "activeParticipants",
  /** 就労体験の開始件数 */
  "placementsStarted",
  /** 就労体験の修了件数 */
  "placementsCompleted",
  /** 訓練・体験の時間数 */
  "attendanceHours",
  /** 支援の延べ件数 */
  "supportContacts",
  /** 定着支援（フォローアップ）件数 */
  "followUps",
  /** 若者の進路（就職・進学など） */
  "youthDestinations",
] as const;
export type ContractIndicator = (typeof contractIndicators)[number];
