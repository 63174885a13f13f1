import type { TFunction } from "i18next";
import type { z } from "zod";
import { ApiError } from "../../../../app/api-client";
import { type FieldErrors, issueMessage } from "../../../../app/form-errors";

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Messages by full path ("goals.2.actions.0.action"), for the step forms whose inputs sit in
 * lists: each message goes under its own input, not all under "goals". An input left empty says
 * "入力してください" whatever rule it broke.
 */
export function zodPathErrors(error: z.ZodError, t: TFunction, input: unknown): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    const value = valueAt(input, issue.path);
    const empty = typeof value === "string" && value.trim() === "";
    result[path] ??= empty ? t("validation.required") : issueMessage(issue, t);
  }
  return result;
}

/** The server's field errors by full path: "body.goals.0.goal" → "goals.0.goal". */
export function serverPathErrors(error: unknown, t: TFunction): FieldErrors {
  const result: FieldErrors = {};
  if (!(error instanceof ApiError)) return result;
  const generic = t("validation.invalid");
  for (const field of error.fields) {
    const parts = field.path.split(".");
    const path = ["body", "querystring", "query", "params"].includes(parts[0] ?? "")
      ? parts.slice(1).join(".")
      : field.path;
    const message =
      error.code !== "VALIDATION_FAILED" && field.message === generic ? error.message : field.message;
    if (path) result[path] ??= message;
  }
  return result;
}
