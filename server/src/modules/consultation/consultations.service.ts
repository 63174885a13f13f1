import type {
  Consultation,
  consultationInputSchema,
  findConsultationsQuerySchema,
  updateConsultationInputSchema,
} from "@otagai/shared/consultation/consultations";
import type { z } from "zod";
import type { AccessScope } from "../../platform/access/access-scope.ts";
import { type Actor, recordAudit, recordAuditNow } from "../../platform/audit/audit.ts";
import type { Database } from "../../platform/db/client.ts";
import { AppError, type FieldProblem } from "../../platform/http/app-error.ts";
import { nameSearchKeysOf } from "../support/participants/participant-keys.ts";
import { getVisibleParticipant } from "../support/participants/participants.repository.ts";
import { presentConsultation, presentConsultationSummary } from "./consultations.presenter.ts";
import * as repository from "./consultations.repository.ts";

type FindConsultations = z.output<typeof findConsultationsQuerySchema>;
type ConsultationInput = z.output<typeof consultationInputSchema>;
type UpdateConsultation = z.output<typeof updateConsultationInputSchema>;

export const consultationEntity = "consultation";

/** A consultation the user reaches, or 404 (outside the scope looks like not there). */
export async function requireConsultation(
  db: Database,
  scope: AccessScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<repository.ConsultationRow> {
  const row = await repository.getConsultation(db, scope, id, options);
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** A list of consultations names people: a read of each one shown, as the participants list. */
export async function findConsultations(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  query: FindConsultations,
) {
  const { rows, total, totalCapped } = await repository.findConsultations(db, scope, query);
  await recordAuditNow(db, actor, {
    action: "read",
    entity: consultationEntity,
    recordIds: rows.map((row) => row.id),
  });
  return {
    items: rows.map(presentConsultationSummary),
    total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getConsultation(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
): Promise<Consultation> {
  const row = await requireConsultation(db, scope, id);
  await recordAuditNow(db, actor, { action: "read", entity: consultationEntity, recordId: id });
  return presentConsultation(row);
}

/** One person's consultations, newest first: the participant must be one the user reaches (else 404). */
export async function findParticipantConsultations(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  participantId: string,
) {
  if (!(await getVisibleParticipant(db, scope, participantId))) throw new AppError("NOT_FOUND");
  const rows = await repository.findConsultationsOfParticipant(db, scope, participantId);
  if (rows.length > 0)
    await recordAuditNow(db, actor, {
      action: "read",
      entity: consultationEntity,
      recordIds: rows.map((row) => row.id),
    });
  return { items: rows.map(presentConsultationSummary) };
}

/**
 * The stored columns of a consultation as entered. The person's search key follows who it is: the
 * participant's own key, a new person's typed name and reading, nothing for an anonymous one.
 * Checks what the schema cannot: the participant is one the user reaches (404 otherwise), the
 * category is active, the consultant an active internal account. `path` prefixes the fields.
 */
export async function consultationValues(
  db: Database,
  scope: AccessScope,
  input: ConsultationInput,
  path: string,
  current?: repository.ConsultationRow,
): Promise<Omit<repository.ConsultationValues, "createdBy">> {
  const { person } = input;
  let searchKey = "";
  if (person.kind === "participant") {
    const participant = await getVisibleParticipant(db, scope, person.participantId);
    if (!participant) throw new AppError("NOT_FOUND");
    searchKey = participant.searchKey;
  } else if (person.kind === "new_person") {
    searchKey = nameSearchKeysOf(person.name, person.nameKana).searchKey;
  }
  const problems: FieldProblem[] = [];
  const category = await repository.getCategory(db, input.categoryId);
  // A category kept on an existing record stays valid after it was deactivated.
  if (!category || (!category.active && current?.categoryId !== input.categoryId))
    problems.push({ path: `${path}.categoryId`, code: "not_active", messageKey: "categoryNotActive" });
  if (input.consultantId !== null) {
    const consultant = await repository.findUserStatus(db, input.consultantId);
    if (consultant?.status !== "active" || consultant.role === "partner")
      problems.push({ path: `${path}.consultantId`, code: "not_found", messageKey: "invalidOption" });
  }
  // Registered from this consultation: the person is the participant the case belongs to.
  if (
    current?.caseId != null &&
    (person.kind !== "participant" || person.participantId !== current.participantId)
  )
    problems.push({ path: `${path}.person`, code: "registered", messageKey: "consultationPersonRegistered" });
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", problems);
  const personal =
    person.kind === "participant"
      ? {
          participantId: person.participantId,
          personName: "",
          personNameKana: "",
          personPhone: "",
          personEmail: "",
          ageBand: "",
          gender: "",
          area: "",
        }
      : person.kind === "new_person"
        ? {
            participantId: null,
            personName: person.name,
            personNameKana: person.nameKana,
            personPhone: person.phone,
            personEmail: person.email,
            ageBand: person.ageBand ?? "",
            gender: person.gender,
            area: person.area,
          }
        : {
            participantId: null,
            personName: "",
            personNameKana: "",
            personPhone: "",
            personEmail: "",
            ageBand: person.ageBand ?? "",
            gender: person.gender,
            area: person.area,
          };
  return {
    consultedAt: new Date(input.consultedAt),
    channel: input.channel,
    consultantId: input.consultantId,
    categoryId: input.categoryId,
    personKind: person.kind,
    ...personal,
    concernTopics: input.concernTopics,
    question: input.question,
    answer: input.answer,
    outcomeRoute: input.outcomeRoute,
    minutes: input.minutes,
    status: input.status,
    nextAction: input.nextAction,
    nextActionOn: input.nextActionOn,
    searchKey,
  };
}

/** The fields a create names in the audit trail: those given a value (never the values). */
function filledFields(values: Record<string, unknown>): string[] {
  return Object.entries(values)
    .filter(([field, value]) => field !== "searchKey" && value !== "" && value !== null)
    .filter(([, value]) => !(Array.isArray(value) && value.length === 0))
    .map(([field]) => field);
}

const comparable = (value: unknown) =>
  value instanceof Date ? value.toISOString() : Array.isArray(value) ? JSON.stringify(value) : value;

export async function createConsultation(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  input: ConsultationInput,
): Promise<Consultation> {
  return db.transaction(async (tx) => {
    const values = await consultationValues(tx, scope, input, "body");
    const { id } = await repository.insertConsultation(tx, { ...values, createdBy: actor.id });
    await recordAudit(tx, actor, {
      action: "create",
      entity: consultationEntity,
      recordId: id,
      changedFields: filledFields(values),
    });
    return presentConsultation(await requireConsultation(tx, scope, id));
  });
}

/** Rewrites the record as entered (version-checked; 409 when someone saved first). */
export async function updateConsultation(
  db: Database,
  actor: Actor,
  scope: AccessScope,
  id: string,
  input: UpdateConsultation,
): Promise<Consultation> {
  return db.transaction(async (tx) => {
    const current = await requireConsultation(tx, scope, id, { forUpdate: true });
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    const values = await consultationValues(tx, scope, input.consultation, "body.consultation", current);
    const changes: Partial<repository.ConsultationValues> = {};
    for (const [field, value] of Object.entries(values) as [keyof typeof values, unknown][])
      if (comparable(value) !== comparable(current[field])) Object.assign(changes, { [field]: value });
    const changedFields = Object.keys(changes).filter((field) => field !== "searchKey");
    // Nothing really changed: no new version, no audit entry.
    if (Object.keys(changes).length === 0) return presentConsultation(current);
    if (!(await repository.updateConsultation(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: consultationEntity,
      recordId: id,
      changedFields,
    });
    return presentConsultation(await requireConsultation(tx, scope, id));
  });
}
