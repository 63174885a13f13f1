import { translate } from "@otagai/shared/i18n/catalogs";
import type { ErrorCode, ErrorResponse } from "@otagai/shared/platform/errors";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { z } from "zod";
import { sqlStateOf } from "../db/errors.ts";
import { AppError, type FieldProblem } from "./app-error.ts";
import { localeOf } from "./request-context.ts";
import { fieldProblemFromIssue } from "./validation-messages.ts";

const codeByStatus: Record<number, ErrorCode> = {
  400: "VALIDATION_FAILED",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "NOT_FOUND",
  408: "REQUEST_TIMEOUT",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  414: "VALIDATION_FAILED",
  415: "VALIDATION_FAILED",
  429: "RATE_LIMITED",
  431: "PAYLOAD_TOO_LARGE",
};

function toAppError(
  error: FastifyError,
  request: FastifyRequest,
): AppError | { status: number; code: ErrorCode; fields: FieldProblem[] } {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const location = (error as FastifyError & { validationContext?: string }).validationContext ?? "body";
    const inputs: Record<string, unknown> = {
      body: request.body,
      querystring: request.query,
      params: request.params,
      headers: request.headers,
    };
    const fields = error.validation.slice(0, 50).map((item) => {
      const issue = {
        ...(item.params as object),
        code: item.keyword,
        message: item.message,
        path: item.instancePath.split("/").filter(Boolean),
      } as unknown as z.core.$ZodIssue;
      return fieldProblemFromIssue(location, issue, inputs[location]);
    });
    return new AppError("VALIDATION_FAILED", fields);
  }
  // Safety net: a value the schemas let through but PostgreSQL refuses as data (SQLSTATE class 22,
  // e.g. an out-of-range date) is still bad input, not a server fault. The transaction rolled back.
  if (sqlStateOf(error)?.startsWith("22")) return new AppError("VALIDATION_FAILED");
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500)
    return { status, code: codeByStatus[status] ?? "VALIDATION_FAILED", fields: [] };
  return { status: 500, code: "INTERNAL", fields: [] };
}

/** Turns every thrown error into `{ code, message, fields }` in the caller's language; 5xx details stay in the log. */
export function registerErrorHandler(
  app: FastifyInstance,
  options: {
    /** A signed-in user refused (403) or not finding a record (404): refused-access.ts audits it. */
    onRefused?: (request: FastifyRequest, status: 403 | 404, code: ErrorCode) => Promise<void>;
  } = {},
): void {
  app.setErrorHandler(async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const mapped = toAppError(error, request);
    const status = mapped instanceof AppError ? mapped.statusCode : mapped.status;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    // Only the SQLSTATE: PostgreSQL's message and detail quote the refused value, which may be personal data.
    else if (sqlStateOf(error))
      request.log.warn({ sqlState: sqlStateOf(error) }, "the database refused a value the schemas accepted");
    const headers = (error as { headers?: Record<string, string> }).headers;
    if (status === 429 && headers) reply.headers(headers);
    const messageParams = mapped instanceof AppError ? mapped.messageParams : {};
    if (options.onRefused && (status === 403 || status === 404) && request.user)
      await options.onRefused(request, status, mapped.code);
    const details = mapped instanceof AppError ? mapped.details : undefined;
    return sendAppError(request, reply, status, mapped.code, mapped.fields, messageParams, details);
  });
}

/** The one way an error leaves the server: `{ code, message, fields? }` in the caller's language, never stored. */
export function sendAppError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  fields: FieldProblem[] = [],
  messageParams: Record<string, string | number> = {},
  details?: unknown,
) {
  const locale = localeOf(request);
  const body: ErrorResponse = {
    code,
    message: translate(locale, `errors.${code}`, messageParams),
    ...(fields.length > 0
      ? {
          fields: fields.map((field) => ({
            path: field.path,
            code: field.code,
            message: translate(locale, `validation.${field.messageKey}`, field.params),
          })),
        }
      : {}),
    ...(details === undefined ? {} : { details }),
  };
  return reply
    .code(status)
    .header("cache-control", "no-store")
    .type("application/json; charset=utf-8")
    .send(body);
}

/** A JSON 404 in the caller's language, for API paths that match no route. */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendAppError(request, reply, 404, "NOT_FOUND");
}
