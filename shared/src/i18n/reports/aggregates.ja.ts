/** Strings of the reports' aggregates pages (issue 14); English in aggregates.en.ts. */
export const aggregatesJa = {
  title: "公開用の集計表",
};
