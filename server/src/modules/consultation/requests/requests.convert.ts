import type {
  ConsultationRequest,
  convertConsultationRequestInputSchema,
  RequestTopic,
} from "@otagai/shared/consultation/requests";
import { categoryCodeOfTopic } from "@otagai/shared/consultation/requests";
import type { z } from "zod";
import type { AccessScope } from "../../../platform/access/access-scope.ts";
import { type Actor, recordAudit } from "../../../platform/audit/audit.ts";
import type { Database } from "../../../platform/db/client.ts";
import { AppError } from "../../../platform/http/app-error.ts";
import { bookAppointment, holdAppointmentBook } from "../appointments/appointments.service.ts";
import { createConsultation } from "../consultations.service.ts";
import { presentRequest } from "./requests.presenter.ts";
import * as repository from "./requests.repository.ts";
import { requestEntity, requireOpenRequest, requireRequest } from "./requests.service.ts";

type ConvertInput = z.output<typeof convertConsultationRequestInputSchema>;

/**
 * Turns a new request into a consultation, in one transaction: the channel is how the person asked
 * to be reached, the person a new person with the name and contact given, the message the question,
 * the category the topic's unless the consultant chose another; optionally an in-person visit booked
 * with it. The request then names the consultation.
 */
export async function convertRequest(
  db: Database,
  actor: Actor & { id: string },
  scope: AccessScope,
  id: string,
  input: ConvertInput,
): Promise<ConsultationRequest> {
  return db.transaction(async (tx) => {
    // Before the consultation's audit entry: the booking below waits for the book, never while
    // holding the trail's lock another booking needs.
    if (input.appointment) await holdAppointmentBook(tx);
    const current = await requireOpenRequest(tx, id, input.version);
    const categoryId =
      input.categoryId ??
      (await repository.getCategoryIdByCode(tx, categoryCodeOfTopic[current.topic as RequestTopic]));
    if (!categoryId) throw new AppError("NOT_FOUND");
    const consultation = await createConsultation(tx, actor, scope, {
      consultedAt: input.consultedAt ?? new Date().toISOString(),
      channel: current.contactMethod === "email" ? "email" : "phone",
      consultantId: actor.id,
      categoryId,
      person: {
        kind: "new_person",
        name: current.name,
        nameKana: current.nameKana,
        phone: current.phone,
        email: current.email,
        ageBand: null,
        gender: "",
        area: "",
      },
      concernTopics: [],
      question: current.message,
      answer: "",
      outcomeRoute: null,
      minutes: null,
      status: "open",
      nextAction: "",
      nextActionOn: null,
    });
    const changes = {
      status: "converted",
      consultationId: consultation.id,
      handledBy: actor.id,
      handledAt: new Date(),
    };
    if (!(await repository.updateRequest(tx, current, changes))) throw new AppError("STALE_UPDATE");
    await recordAudit(tx, actor, {
      action: "update",
      entity: requestEntity,
      recordId: id,
      changedFields: Object.keys(changes),
    });
    // The visit, if one is booked now: in this transaction, so a taken slot undoes the conversion
    // too; after the request names its consultation, so the booking is linked to both.
    if (input.appointment)
      await bookAppointment(
        tx,
        actor,
        { ...input.appointment, channel: "visit", person: { kind: "request", requestId: id } },
        scope,
        { path: "body.appointment" },
      );
    return presentRequest(await requireRequest(tx, id));
  });
}
