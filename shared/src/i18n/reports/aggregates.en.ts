import type { Widen } from "../widen.ts";
import type { aggregatesJa } from "./aggregates.ja.ts";

export const aggregatesEn: Widen<typeof aggregatesJa> = {
  title: "Aggregate tables",
};
