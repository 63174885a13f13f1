import type { Widen } from "../widen.ts";
import type { casesJa } from "./cases.ja.ts";

export const casesEn: Widen<typeof casesJa> = {
  cases: {
    title: "Cases",
  },
};
