import type { Widen } from "../widen.ts";
import type { workplacesJa } from "./workplaces.ja.ts";

export const workplacesEn: Widen<typeof workplacesJa> = {
  workplaces: {
    title: "Partner workplaces",
  },
};
