import type { Widen } from "../widen.ts";
import type { importJa } from "./import.ja.ts";

export const importEn: Widen<typeof importJa> = {
  import: {
    title: "Import",
  },
};
