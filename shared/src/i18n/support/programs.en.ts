import type { Widen } from "../widen.ts";
import type { programsJa } from "./programs.ja.ts";

export const programsEn: Widen<typeof programsJa> = {
  programs: {
    title: "Programs and contracts",
  },
};
