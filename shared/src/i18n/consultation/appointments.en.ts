import type { Widen } from "../widen.ts";
import type { appointmentsJa } from "./appointments.ja.ts";

export const appointmentsEn: Widen<typeof appointmentsJa> = {
  title: "",
};
