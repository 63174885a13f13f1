import {
  appointmentListSchema,
  appointmentSchema,
  bookAppointmentInputSchema,
  calendarQuerySchema,
  calendarSchema,
  cancelAppointmentInputSchema,
  closedDayInputSchema,
  closedDayListSchema,
  closedDayParamsSchema,
  closedDaySchema,
  closedDaysQuerySchema,
  consultationScheduleInputSchema,
  consultationScheduleListSchema,
  consultationScheduleSchema,
  dayListQuerySchema,
  dayListSchema,
  markAppointmentInputSchema,
  moveAppointmentInputSchema,
  updateConsultationScheduleInputSchema,
  visitFromConsultationInputSchema,
} from "@otagai/shared/consultation/appointments";
import { z } from "zod";
import { accessScopeOf } from "../../../platform/access/access-scope.ts";
import type { Database } from "../../../platform/db/client.ts";
import { actorOf } from "../../../platform/http/request-context.ts";
import { defineRoute } from "../../../platform/http/route.ts";
import * as service from "./appointments.service.ts";
import * as calendar from "./calendar.service.ts";
import * as schedules from "./schedules.service.ts";

const tags = ["consultation appointments"];
const idParamsSchema = z.strictObject({ id: z.uuid() });
const appointmentRecords = { id: "appointment" };
const scheduleRecords = { id: "consultation_schedule" };

/** Regular consultation days (定例相談), closed days and appointments (issue 12). */
export function appointmentsRoutes(db: Database) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/consultation-schedules",
      permission: "consultations.read",
      summary: "The regular consultation days (active first)",
      tags,
      schema: { response: { 200: consultationScheduleListSchema } },
      handler: () => schedules.findSchedules(db),
    }),
    defineRoute({
      method: "POST",
      url: "/api/consultation-schedules",
      permission: "desk.manage",
      summary: "Add a regular consultation day (its RRULE checked with rrule)",
      tags,
      schema: { body: consultationScheduleInputSchema, response: { 201: consultationScheduleSchema } },
      handler: ({ body, request }) => schedules.createSchedule(db, actorOf(request), body),
    }),
    defineRoute({
      method: "PATCH",
      url: "/api/consultation-schedules/:id",
      permission: "desk.manage",
      summary: "Change a regular consultation day (version-checked)",
      tags,
      records: scheduleRecords,
      schema: {
        params: idParamsSchema,
        body: updateConsultationScheduleInputSchema,
        response: { 200: consultationScheduleSchema },
      },
      handler: ({ params, body, request }) => schedules.updateSchedule(db, actorOf(request), params.id, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/consultation-closed-days",
      permission: "consultations.read",
      summary: "A year's closed days: the office's own and 12/29–1/3 (fixed)",
      tags,
      schema: { querystring: closedDaysQuerySchema, response: { 200: closedDayListSchema } },
      handler: ({ query }) => schedules.findClosedDays(db, query.year),
    }),
    defineRoute({
      method: "POST",
      url: "/api/consultation-closed-days",
      permission: "desk.manage",
      summary: "Close the desk on a day (no regular consultation is offered)",
      tags,
      schema: { body: closedDayInputSchema, response: { 201: closedDaySchema } },
      handler: ({ body, request, user }) =>
        schedules.addClosedDay(db, { ...actorOf(request), id: user.id }, body),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/consultation-closed-days/:date",
      permission: "desk.manage",
      summary: "Open a closed day again",
      tags,
      schema: { params: closedDayParamsSchema, response: { 204: undefined } },
      handler: async ({ params, request }) => {
        await schedules.removeClosedDay(db, actorOf(request), params.date);
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/consultation-calendar",
      permission: "consultations.read",
      summary:
        "Slots and bookings between two dates (a week or a month; every booking shown is audited; one the caller does not reach only takes its slot)",
      tags,
      schema: { querystring: calendarQuerySchema, response: { 200: calendarSchema } },
      handler: ({ query, request, user }) =>
        calendar.findCalendar(db, actorOf(request), accessScopeOf(user), query.from, query.to),
    }),
    defineRoute({
      method: "GET",
      url: "/api/consultation-day-list",
      permission: "consultations.read",
      summary: "The desk's printable day list: a day's appointments by time (audited)",
      tags,
      schema: { querystring: dayListQuerySchema, response: { 200: dayListSchema } },
      handler: ({ query, request, user }) =>
        calendar.findDayList(db, actorOf(request), accessScopeOf(user), query.date),
    }),
    defineRoute({
      method: "POST",
      url: "/api/appointments",
      permission: "consultations.write",
      summary: "Book a slot or a custom time (a consultant or room already booked answers 409)",
      tags,
      schema: { body: bookAppointmentInputSchema, response: { 201: appointmentSchema } },
      handler: ({ body, request, user }) =>
        service.createAppointment(db, { ...actorOf(request), id: user.id }, accessScopeOf(user), body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/appointments/:id/move",
      permission: "consultations.write",
      summary: "Move an appointment to another time, room or consultant (version-checked)",
      tags,
      records: appointmentRecords,
      schema: {
        params: idParamsSchema,
        body: moveAppointmentInputSchema,
        response: { 200: appointmentSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.moveAppointment(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/appointments/:id/cancel",
      permission: "consultations.write",
      summary: "Cancel an appointment, with the reason",
      tags,
      records: appointmentRecords,
      schema: {
        params: idParamsSchema,
        body: cancelAppointmentInputSchema,
        response: { 200: appointmentSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.cancelAppointment(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/appointments/:id/outcome",
      permission: "consultations.write",
      summary: "Mark an appointment kept or missed",
      tags,
      records: appointmentRecords,
      schema: {
        params: idParamsSchema,
        body: markAppointmentInputSchema,
        response: { 200: appointmentSchema },
      },
      handler: ({ params, body, request, user }) =>
        service.markAppointment(db, actorOf(request), accessScopeOf(user), params.id, body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/consultations/:id/appointments",
      permission: "consultations.read",
      summary: "A consultation's appointments (audited)",
      tags,
      records: { id: "consultation" },
      schema: { params: idParamsSchema, response: { 200: appointmentListSchema } },
      handler: ({ params, request, user }) =>
        calendar.findConsultationAppointments(db, actorOf(request), accessScopeOf(user), params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/consultations/:id/visit",
      permission: "consultations.write",
      summary: "電話相談から来所相談へ: book an in-person visit for the consultation's person, in one step",
      tags,
      records: { id: "consultation" },
      schema: {
        params: idParamsSchema,
        body: visitFromConsultationInputSchema,
        response: { 201: appointmentSchema },
      },
      handler: ({ params, body, request, user }) =>
        calendar.bookVisitFromConsultation(
          db,
          { ...actorOf(request), id: user.id },
          accessScopeOf(user),
          params.id,
          body,
        ),
    }),
  ];
}
