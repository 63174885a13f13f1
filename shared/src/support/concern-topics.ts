/**
 * The sixteen concern topics of the national 相談受付・申込票 (生活困窮者自立支援制度), in the form's
 * order. One definition: intake (issue 10) and the consultation desk (issue 12) both read it. Labels
 * live in the catalogs (support.concernTopics.<key>).
 */
export const concernTopics = [
  "health_disability", // 健康・障害
  "housing", // 住まい
  "income", // 収入・生活費
  "rent_loans", // 家賃・ローン
  "taxes_utilities", // 税・公共料金
  "debt", // 債務
  "job_search", // 仕事探し
  "work_trouble", // 仕事上のトラブル
  "community", // 地域
  "family", // 家族
  "childcare", // 子育て
  "caregiving", // 介護
  "withdrawal_truancy", // ひきこもり・不登校
  "violence_abuse", // DV・虐待
  "no_food", // 食べるものがない
  "other", // その他
] as const;
export type ConcernTopic = (typeof concernTopics)[number];
