import { attendanceJa } from "./support/attendance.ja.ts";
import { casesJa } from "./support/cases.ja.ts";
import { duplicatesJa } from "./support/duplicates.ja.ts";
import { evaluationsJa } from "./support/evaluations.ja.ts";
import { formsJa } from "./support/forms.ja.ts";
import { importJa } from "./support/import.ja.ts";
import { outcomesJa } from "./support/outcomes.ja.ts";
import { participantsJa } from "./support/participants.ja.ts";
import { placementsJa } from "./support/placements.ja.ts";
import { programsJa } from "./support/programs.ja.ts";
import { workplacesJa } from "./support/workplaces.ja.ts";
import type { Widen } from "./widen.ts";

/**
 * Strings of the support area (web/src/features/support), loaded with its lazy routes; one part
 * per sub-area (support/<part>.ja.ts), English in support.en.ts.
 */
export const supportJa = {
  support: {
    title: "就労支援",
    ...programsJa,
    ...participantsJa,
    ...casesJa,
    ...importJa,
    ...duplicatesJa,
    ...workplacesJa,
    ...outcomesJa,
    ...placementsJa,
    ...attendanceJa,
    ...evaluationsJa,
    ...formsJa,
  },
};

export type SupportCatalog = Widen<typeof supportJa>;
