import type { Catalog } from "@otagai/shared/i18n/catalogs";
import type { TFunction } from "i18next";
import type { z } from "zod";
import { ApiError } from "./api-client";
import { i18n } from "./i18n";

/** Messages by field name ("email"), ready to show under the inputs. */
export type FieldErrors = Partial<Record<string, string>>;

type Issue = z.core.$ZodIssue;

/** Turns a zod issue into the same catalog message the server would send for it. */
export function issueMessage(issue: Issue, t: TFunction): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === ""
        ? t("validation.required")
        : t("validation.invalidType");
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string")
        return min <= 1 ? t("validation.required") : t("validation.tooShort", { min });
      if (issue.origin === "array" || issue.origin === "set") return t("validation.tooFewItems", { min });
      return t("validation.tooSmall", { min });
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return t("validation.tooLong", { max });
      if (issue.origin === "array" || issue.origin === "set") return t("validation.tooManyItems", { max });
      return t("validation.tooBig", { max });
    }
    case "invalid_format":
      if (issue.format === "email") return t("validation.invalidEmail");
      if (issue.format === "uuid") return t("validation.invalidUuid");
      if (issue.format === "date") return t("validation.invalidDate");
      return t("validation.invalidFormat");
    case "invalid_value":
      return t("validation.invalidOption");
    case "unrecognized_keys":
      return t("validation.unknownField", { keys: issue.keys.join(", ") });
    case "custom":
      // Refinements name their message by a `validation` catalog key, as the server reads them.
      // Asked of the loaded strings: importing a catalog here would bundle it into every form.
      return i18n.exists(`validation.${issue.message}`)
        ? t(`validation.${issue.message as keyof Catalog["validation"]}`)
        : t("validation.invalid");
    default:
      return t("validation.invalid");
  }
}

/**
 * Messages by field. A field left empty says "入力してください" whatever rule it broke: an empty
 * e-mail breaks the address format too, but "the format is wrong" would puzzle the person.
 */
export function zodFieldErrors(error: z.ZodError, t: TFunction, input?: unknown): FieldErrors {
  const values = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    const value = values[field];
    const empty = issue.path.length === 1 && typeof value === "string" && value.trim() === "";
    result[field] ??= empty ? t("validation.required") : issueMessage(issue, t);
  }
  return result;
}

/**
 * Server field paths look like "body.email", "querystring.q" or "body.programIds.2": the field is the
 * part after the location. When the answer names a reason of its own (EMAIL_TAKEN, PASSWORD_WRONG …) and a field only
 * carries the generic "not valid", the field shows the reason: the person reads it where they type.
 */
export function serverFieldErrors(error: unknown, t: TFunction): FieldErrors {
  const result: FieldErrors = {};
  if (!(error instanceof ApiError)) return result;
  const generic = t("validation.invalid");
  for (const field of error.fields) {
    const parts = field.path.split(".");
    const name = ["body", "querystring", "query", "params"].includes(parts[0] ?? "") ? parts[1] : parts[0];
    const message =
      error.code !== "VALIDATION_FAILED" && field.message === generic ? error.message : field.message;
    if (name) result[name] ??= message;
  }
  return result;
}
