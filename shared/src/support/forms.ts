import { z } from "zod";

/**
 * Printed forms (issue 11): the server's PDFs and the browser's print views of a case's records and
 * of a placement's attendance and evaluations. The month and term are checked against the
 * placement's period by the server (OUT_OF_PERIOD, 422).
 */
export const planPdfQuerySchema = z.strictObject({
  /** A plan version of the case; the current one when not given. */
  planId: z.uuid().optional(),
});

/** A calendar month, "YYYY-MM". */
export const formMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** The month to print; this month (within the placement's period) when not given. */
export const attendancePdfQuerySchema = z.strictObject({ month: formMonthSchema.optional() });
export const evaluationPdfQuerySchema = z.strictObject({ term: z.coerce.number().int().min(1).max(12) });
