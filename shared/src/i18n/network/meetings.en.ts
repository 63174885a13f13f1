import type { Widen } from "../widen.ts";
import type { meetingsJa } from "./meetings.ja.ts";

export const meetingsEn: Widen<typeof meetingsJa> = {
  title: "TODO",
};
