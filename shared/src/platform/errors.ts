import { z } from "zod";
import { errorCodes } from "./error-codes.ts";

export { type ErrorCode, errorCodes } from "./error-codes.ts";

export const fieldErrorSchema = z.object({
  path: z.string().describe("dot path of the field, e.g. body.email"),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorResponseSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  fields: z.array(fieldErrorSchema).optional(),
  /** What a 409 found, where its route says (attendance: attendanceConflictSchema). */
  details: z.unknown().optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
