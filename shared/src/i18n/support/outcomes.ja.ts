/** Outcomes (就労等の結果) and retention follow-ups (定着支援): under `support.outcomes`. */
export const outcomesJa = {
  outcomes: {
    title: "就労等の結果",
  },
};
