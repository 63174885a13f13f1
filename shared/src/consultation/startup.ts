import { z } from "zod";
import { isoDateSchema } from "../platform/dates.ts";
import { requiredText, text, versionSchema } from "../platform/fields.ts";
import { pageOf, pageQuerySchema } from "../platform/pagination.ts";

/**
 * Start-up and grants information (起業相談, 事業内容 3; issue 12): a directory the desk keeps of
 * grants and subsidies (助成金・補助金) and of how-to guides (forming a worker collective, an NPO法人,
 * a 一般社団法人), tagged, linked to 起業相談 consultations.
 */
export const startupResourceKinds = ["grant", "guide"] as const;
export type StartupResourceKind = (typeof startupResourceKinds)[number];

/**
 * An address people can open safely: https only, a host name with a dot (no user:password@), an
 * optional port, then any path without spaces. (No `URL` here: shared runs without DOM or Node types.)
 */
const httpsUrlPattern = /^https:\/\/(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/iu;
export function isHttpsUrl(value: string): boolean {
  return httpsUrlPattern.test(value);
}

export const startupUrlSchema = text(500).refine((value) => value === "" || isHttpsUrl(value), "httpsUrl");

/** Tags as typed, normalized: NFKC (全角英数 → 半角), trimmed, empty ones dropped, each once. */
export function normalizeTags(tags: readonly string[]): string[] {
  const normalized = tags.map((tag) => tag.normalize("NFKC").trim()).filter((tag) => tag !== "");
  return [...new Set(normalized)];
}
export const startupTagsSchema = z.array(text(40)).max(20).overwrite(normalizeTags);

export const startupResourceInputSchema = z
  .strictObject({
    kind: z.enum(startupResourceKinds),
    title: requiredText(200),
    /** Who gives the grant, or who wrote the guide (a prefecture, a foundation, the association). */
    provider: text(200).default(""),
    /** As the provider writes it ("上限50万円（補助率2/3）"). */
    amount: text(200).default(""),
    /** Who can apply. */
    eligibility: text(2000).default(""),
    /** A grant's application window (both days included); a guide has none. */
    windowOpensOn: isoDateSchema.nullable().default(null),
    windowClosesOn: isoDateSchema.nullable().default(null),
    url: startupUrlSchema.default(""),
    /** A guide's steps and documents (or a grant's notes), plain text, one per line. */
    body: text(8000).default(""),
    tags: startupTagsSchema.default([]),
    active: z.boolean().default(true),
  })
  .superRefine((value, context) => {
    if (value.kind === "guide") {
      for (const field of ["windowOpensOn", "windowClosesOn"] as const)
        if (value[field] !== null)
          context.addIssue({ code: "custom", path: [field], message: "windowOnlyForGrant" });
      return;
    }
    if (value.windowOpensOn && value.windowClosesOn && value.windowClosesOn < value.windowOpensOn)
      context.addIssue({ code: "custom", path: ["windowClosesOn"], message: "windowOrder" });
  });
export type StartupResourceInput = z.input<typeof startupResourceInputSchema>;

export const updateStartupResourceInputSchema = z.strictObject({
  resource: startupResourceInputSchema,
  version: versionSchema,
});

export const startupResourceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(startupResourceKinds),
  title: z.string(),
  provider: z.string(),
  amount: z.string(),
  eligibility: z.string(),
  windowOpensOn: z.string().nullable(),
  windowClosesOn: z.string().nullable(),
  url: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  active: z.boolean(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type StartupResource = z.infer<typeof startupResourceSchema>;

const queryBoolean = z.enum(["true", "false"]).transform((value) => value === "true");

export const findStartupResourcesQuerySchema = pageQuerySchema.extend({
  /** Words of the title (as typed, case-insensitive). */
  q: text(100).optional(),
  kind: z.enum(startupResourceKinds).optional(),
  tag: text(40).optional(),
  /** Only grants whose application window is open today (Japan). */
  openNow: queryBoolean.optional(),
  /** Deactivated entries too (the desk's view; the default is those in use). */
  includeInactive: queryBoolean.optional(),
});
export type FindStartupResourcesQuery = z.input<typeof findStartupResourcesQuerySchema>;

export const startupResourcePageSchema = pageOf(startupResourceSchema);
/** Every tag in use, for the filter's choices. */
export const startupTagListSchema = z.object({ items: z.array(z.string()) });

/** An entry linked to a 起業相談 consultation, with who linked it and when. */
export const linkedStartupResourceSchema = startupResourceSchema.extend({
  linkedAt: z.string(),
  linkedByName: z.string().nullable(),
});
export const linkedStartupResourceListSchema = z.object({ items: z.array(linkedStartupResourceSchema) });
export type LinkedStartupResource = z.infer<typeof linkedStartupResourceSchema>;

export const linkStartupResourceInputSchema = z.strictObject({ resourceId: z.uuid() });
