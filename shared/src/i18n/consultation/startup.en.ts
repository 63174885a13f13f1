import type { Widen } from "../widen.ts";
import type { startupJa } from "./startup.ja.ts";

export const startupEn: Widen<typeof startupJa> = {
  title: "",
};
