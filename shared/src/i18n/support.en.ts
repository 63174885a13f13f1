import { attendanceEn } from "./support/attendance.en.ts";
import { casesEn } from "./support/cases.en.ts";
import { duplicatesEn } from "./support/duplicates.en.ts";
import { evaluationsEn } from "./support/evaluations.en.ts";
import { formsEn } from "./support/forms.en.ts";
import { importEn } from "./support/import.en.ts";
import { outcomesEn } from "./support/outcomes.en.ts";
import { participantsEn } from "./support/participants.en.ts";
import { placementsEn } from "./support/placements.en.ts";
import { programsEn } from "./support/programs.en.ts";
import { workplacesEn } from "./support/workplaces.en.ts";
import type { SupportCatalog } from "./support.ja.ts";

export const supportEn: SupportCatalog = {
  support: {
    title: "Employment support",
    ...programsEn,
    ...participantsEn,
    ...casesEn,
    ...importEn,
    ...duplicatesEn,
    ...workplacesEn,
    ...outcomesEn,
    ...placementsEn,
    ...attendanceEn,
    ...evaluationsEn,
    ...formsEn,
  },
};
