import { ja } from "@otagai/shared/i18n/ja";
import type { z } from "zod";
import type { FieldProblem } from "./app-error.ts";

/** Maps a zod issue to a catalog key, so validation messages come out in the user's language. */
export function fieldProblemFromIssue(location: string, issue: z.core.$ZodIssue): FieldProblem {
  const path = [location, ...issue.path.map(String)].join(".");
  const base = { path, code: issue.code };
  switch (issue.code) {
    case "invalid_type":
      return {
        ...base,
        messageKey: /received undefined$/.test(issue.message)
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
