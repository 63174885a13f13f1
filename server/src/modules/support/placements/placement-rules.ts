import { addMonths, formatIsoDate, toCalendarDate } from "@otagai/shared/japanese/calendar-date";
import { fiscalYearOf } from "@otagai/shared/japanese/fiscal-year";
import {
  defaultMaxTerms,
  defaultTermMonths,
  type placementInputSchema,
} from "@otagai/shared/support/placements";
import type { z } from "zod";
import type { Database } from "../../../platform/db/client.ts";
import { AppError, type FieldProblem } from "../../../platform/http/app-error.ts";
import { coordinatorProblem } from "../cases/cases.service.ts";
import * as repository from "./placements.repository.ts";

type PlacementFields = z.output<typeof placementInputSchema>;

/** What the rules need to know of the placement's case. */
export type PlacementCase = { status: string; programId: string; participantId: string };

/** The last day of a period of `months` from `startOn`: the day before the next one would start. */
export function lastDayOf(startOn: string, months: number): string {
  const day = toCalendarDate(addMonths(startOn, months));
  if (!day) return startOn;
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day - 1));
  return formatIsoDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/**
 * The term length and maximum of the program's contract for the fiscal year the placement starts
 * in; Yokohama's (3 months, up to 4) when no contract says.
 */
async function termsOf(db: Database, programId: string, startOn: string) {
  const fiscalYear = fiscalYearOf(startOn);
  const contract =
    fiscalYear === null ? undefined : await repository.findContractTerms(db, programId, fiscalYear);
  return contract ?? { termMonths: defaultTermMonths, maxTerms: defaultMaxTerms };
}

/**
 * Checks a placement (new, or changed: `exceptId` is itself) against the rules of issue 11 and
 * answers its term length and last day; refuses with every broken rule, each on its field. Takes
 * the participant's lock first, so two requests for one person check overlaps one after the other.
 */
export async function checkPlacement(
  tx: Database,
  supportCase: PlacementCase,
  fields: PlacementFields,
  exceptId?: string,
): Promise<{ termMonths: number; endOn: string }> {
  await repository.lockParticipant(tx, supportCase.participantId);
  const problems: FieldProblem[] = [];
  if (supportCase.status !== "active")
    problems.push({ path: "params.id", code: "case_not_active", messageKey: "caseNotActive" });

  if ((await repository.findWorkplaceStatus(tx, fields.workplaceId)) !== "active")
    problems.push({
      path: "body.workplaceId",
      code: "workplace_not_active",
      messageKey: "workplaceNotActive",
    });
  else if (
    (await repository.findProgramKind(tx, supportCase.programId)) === "certified_training" &&
    !(await repository.hasCertification(tx, fields.workplaceId, fields.startOn, fields.employmentType))
  )
    problems.push({
      path: "body.workplaceId",
      code: "certification_lapsed",
      messageKey: "certificationLapsed",
    });

  const { termMonths, maxTerms } = await termsOf(tx, supportCase.programId, fields.startOn);
  if (fields.termCount > maxTerms)
    problems.push({
      path: "body.termCount",
      code: "terms_over_max",
      messageKey: "termsOverMax",
      params: { months: termMonths, max: maxTerms },
    });
  const endOn = lastDayOf(fields.startOn, fields.termCount * termMonths);

  const overlap = await repository.findOverlap(
    tx,
    supportCase.participantId,
    { from: fields.startOn, until: endOn },
    exceptId,
  );
  if (overlap)
    problems.push({
      path: "body.startOn",
      code: "overlaps",
      messageKey: "placementOverlaps",
      params: { workplace: overlap.workplaceName, from: overlap.startOn, until: overlap.until },
    });

  const coordinator = await coordinatorProblem(
    tx,
    fields.coordinatorId,
    supportCase.programId,
    "body.coordinatorId",
  );
  if (coordinator) problems.push(coordinator);

  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", problems);
  return { termMonths, endOn };
}
