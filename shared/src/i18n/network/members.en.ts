import type { Widen } from "../widen.ts";
import type { membersJa } from "./members.ja.ts";

export const membersEn: Widen<typeof membersJa> = {
  title: "TODO",
};
