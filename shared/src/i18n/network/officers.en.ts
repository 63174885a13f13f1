import type { Widen } from "../widen.ts";
import type { officersJa } from "./officers.ja.ts";

export const officersEn: Widen<typeof officersJa> = {
  title: "TODO",
};
