import type { Widen } from "../widen.ts";
import type { participantsJa } from "./participants.ja.ts";

export const participantsEn: Widen<typeof participantsJa> = {
  participants: {
    title: "Participants",
  },
};
