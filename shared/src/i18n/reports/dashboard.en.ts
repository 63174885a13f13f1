import type { Widen } from "../widen.ts";
import type { dashboardJa } from "./dashboard.ja.ts";

export const dashboardEn: Widen<typeof dashboardJa> = {
  title: "Program overview",
};
