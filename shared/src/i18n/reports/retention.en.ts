import type { Widen } from "../widen.ts";
import type { retentionJa } from "./retention.ja.ts";

export const retentionEn: Widen<typeof retentionJa> = {
  title: "Retention analysis",
};
