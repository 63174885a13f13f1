/** Strings of the reports' retention pages (issue 14); English in retention.en.ts. */
export const retentionJa = {
  title: "定着の分析",
};
