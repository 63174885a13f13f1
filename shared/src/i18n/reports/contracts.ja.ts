/** Strings of the reports' contracts pages (issue 14); English in contracts.en.ts. */
export const contractsJa = {
  title: "委託事業の報告",
};
