import type { Widen } from "../widen.ts";
import type { proposalsJa } from "./proposals.ja.ts";

export const proposalsEn: Widen<typeof proposalsJa> = {
  title: "TODO",
};
