import type { Widen } from "../widen.ts";
import type { requestsJa } from "./requests.ja.ts";

export const requestsEn: Widen<typeof requestsJa> = {
  title: "TODO",
};
