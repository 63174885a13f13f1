import type { z } from "zod";
import { isUnstorableText } from "../../../../platform/http/security.ts";
import type { PublicErrorKey } from "./public-form.catalog.ts";
import type { FieldError, FormField } from "./public-form.pages.ts";

/** Fields a browser always sends (text fields, even empty); radios and checkboxes may be absent. */
const alwaysSent = ["csrf", "website", "name", "nameKana", "phone", "email", "message"] as const;
const sometimesSent = ["topic", "contactMethod", "privacyConsent"] as const;
const known = new Set<string>([...alwaysSent, ...sometimesSent, "preferredDates"]);

/** A zod message the schema sets (publicRequestFormSchema) that is a key of the public catalog. */
const messageKeys = new Set<string>(["required", "choose", "invalidPhone", "kanaReading", "consentRequired"]);

/** What a field says when its value is simply wrong (a union or format failure). */
const fallback: Record<FormField, PublicErrorKey> = {
  topic: "choose",
  name: "required",
  nameKana: "kanaReading",
  contactMethod: "choose",
  phone: "invalidPhone",
  email: "invalidEmail",
  preferredDates: "dateNotOffered",
  message: "required",
  privacyConsent: "consentRequired",
};

function errorOf(field: FormField, issue: z.core.$ZodIssue): FieldError {
  if (field === "preferredDates")
    return { key: issue.code === "too_big" ? "tooManyDates" : "dateNotOffered" };
  if (issue.code === "too_big") return { key: "tooLong", params: { max: Number(issue.maximum) } };
  if (issue.code === "too_small") return { key: "required" };
  if (messageKeys.has(issue.message)) return { key: issue.message as PublicErrorKey };
  return { key: fallback[field] };
}

/**
 * The form's body as the schema reads it, or null when it is not this form's (a field missing that
 * a browser always sends, a field repeated or unknown, text no keyboard types): a 400 page, not
 * field errors.
 */
export function readForm(body: URLSearchParams) {
  for (const name of body.keys()) if (!known.has(name)) return null;
  for (const name of [...alwaysSent, ...sometimesSent]) if (body.getAll(name).length > 1) return null;
  for (const name of alwaysSent) if (!body.has(name)) return null;
  // Nothing a person types: NUL or a lone surrogate (PostgreSQL could not store it either).
  for (const [name, item] of body) if (isUnstorableText(name) || isUnstorableText(item)) return null;
  const value = (name: string) => body.get(name) ?? "";
  const optional = (name: string) => (body.has(name) ? value(name) : undefined);
  const input = {
    topic: optional("topic"),
    name: value("name"),
    nameKana: value("nameKana"),
    contactMethod: optional("contactMethod"),
    phone: value("phone"),
    email: value("email"),
    preferredDates: body.getAll("preferredDates"),
    message: value("message"),
    privacyConsent: body.get("privacyConsent") === "yes",
  };
  return {
    csrf: value("csrf"),
    website: value("website"),
    input,
    /** The first problem of each field, as the public catalog's keys. */
    errorsOf(error: z.ZodError): Partial<Record<FormField, FieldError>> {
      const errors: Partial<Record<FormField, FieldError>> = {};
      for (const issue of error.issues) {
        const field = issue.path[0] as FormField | undefined;
        if (field && !errors[field]) errors[field] = errorOf(field, issue);
      }
      return errors;
    },
  };
}
