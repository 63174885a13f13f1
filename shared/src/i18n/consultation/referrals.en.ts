import type { Widen } from "../widen.ts";
import type { referralsJa } from "./referrals.ja.ts";

export const referralsEn: Widen<typeof referralsJa> = {
  title: "",
};
