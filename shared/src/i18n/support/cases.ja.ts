/** Support area strings: cases (part of support.ja.ts; English in cases.en.ts). */
export const casesJa = {
  cases: {
    title: "支援",
  },
};
