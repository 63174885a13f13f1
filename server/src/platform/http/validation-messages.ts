import { ja } from "@otagai/shared/i18n/ja";
import type { z } from "zod";
import type { FieldProblem } from "./app-error.ts";

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Maps a zod issue to a catalog key, so validation messages come out in the caller's language (zod's
 * own locales are process-wide and written for developers). Only the issue's structured fields are
 * read, never its message, so zod's configured locale cannot change the outcome; `input` is the
 * validated body, query or params, where a missing field is told from a present one of the wrong type.
 */
export function fieldProblemFromIssue(
  location: string,
  issue: z.core.$ZodIssue,
  input: unknown,
): FieldProblem {
  const path = [location, ...issue.path.map(String)].join(".");
  const base = { path, code: issue.code };
  switch (issue.code) {
    case "invalid_type":
      return {
        ...base,
        messageKey:
          valueAt(input, issue.path) === undefined
            ? "required"
            : issue.expected === "int"
              ? "notInteger"
              : "invalidType",
      };
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? { ...base, messageKey: "required" }
          : { ...base, messageKey: "tooShort", params: { min: Number(issue.minimum) } };
      if (issue.origin === "array")
        return { ...base, messageKey: "tooFewItems", params: { min: Number(issue.minimum) } };
      return { ...base, messageKey: "tooSmall", params: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string")
        return { ...base, messageKey: "tooLong", params: { max: Number(issue.maximum) } };
      if (issue.origin === "array")
        return { ...base, messageKey: "tooManyItems", params: { max: Number(issue.maximum) } };
      return { ...base, messageKey: "tooBig", params: { max: Number(issue.maximum) } };
    case "invalid_format": {
      const byFormat: Record<string, string> = {
        email: "invalidEmail",
        uuid: "invalidUuid",
        date: "invalidDate",
      };
      return { ...base, messageKey: byFormat[issue.format] ?? "invalidFormat" };
    }
    case "invalid_value":
      return { ...base, messageKey: "invalidOption" };
    case "unrecognized_keys":
      return { ...base, messageKey: "unknownField", params: { keys: issue.keys.join(", ") } };
    case "not_multiple_of":
      return { ...base, messageKey: "notInteger" };
    case "custom":
      // Refinements name their message by a `validation` catalog key (e.g. isoDateSchema).
      return { ...base, messageKey: issue.message in ja.validation ? issue.message : "invalid" };
    default:
      return { ...base, messageKey: "invalid" };
  }
}
