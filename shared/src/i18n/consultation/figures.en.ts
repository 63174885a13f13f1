import type { Widen } from "../widen.ts";
import type { figuresJa } from "./figures.ja.ts";

export const figuresEn: Widen<typeof figuresJa> = {
  title: "",
};
