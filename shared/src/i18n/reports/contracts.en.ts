import type { Widen } from "../widen.ts";
import type { contractsJa } from "./contracts.ja.ts";

export const contractsEn: Widen<typeof contractsJa> = {
  title: "Contract reports",
};
