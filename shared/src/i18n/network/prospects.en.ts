import type { Widen } from "../widen.ts";
import type { prospectsJa } from "./prospects.ja.ts";

export const prospectsEn: Widen<typeof prospectsJa> = {
  title: "TODO",
};
