import type { Widen } from "../widen.ts";
import type { outcomesJa } from "./outcomes.ja.ts";

export const outcomesEn: Widen<typeof outcomesJa> = {
  outcomes: {
    title: "Outcomes",
  },
};
