import { randomBytes, randomUUID } from "node:crypto";
import fc from "fast-check";
import type { z } from "zod";

/**
 * Input values read off a route's zod schema (zod 4 internals: `schema._zod.def`): a valid value
 * for each field, so a fuzz test can spoil one field at a time and still reach the code behind
 * validation, and hostile values that fit the field's type. No hand-written example bodies.
 */

type Def = {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  [key: string]: unknown;
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** What a field is, once optional/nullable/default/pipe wrappers are looked through. */
export type FieldShape = {
  kind:
    | "text"
    | "uuid"
    | "email"
    | "date"
    | "pattern"
    | "number"
    | "enum"
    | "boolean"
    | "array"
    | "object"
    | "record"
    | "union"
    | "other";
  optional: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  integer?: boolean;
  pattern?: RegExp;
  values?: string[];
  element?: z.ZodType;
  /** A union's options (who consulted: a participant, a new person or anonymous). */
  options?: z.ZodType[];
};

export function shapeOf(schema: z.ZodType): FieldShape {
  const shape: FieldShape = { kind: "other", optional: false };
  let current: z.ZodType | undefined = schema;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = defOf(current);
    readChecks(def, shape);
    switch (def.type) {
      case "optional":
      case "default":
      case "prefault":
      case "nullable":
      case "catch":
      case "readonly":
        if (def.type !== "nullable") shape.optional = true;
        current = def.innerType as z.ZodType;
        continue;
      case "pipe": {
        // Constraints sit on both sides (email: a trimmed string up to 254, then an e-mail); the kind on the output.
        readChecks(defOf(def.in as z.ZodType), shape);
        current =
          defOf(def.out as z.ZodType).type === "transform" ? (def.in as z.ZodType) : (def.out as z.ZodType);
        continue;
      }
      case "string": {
        const format = def.format as string | undefined;
        shape.kind =
          format === "uuid" || format === "guid"
            ? "uuid"
            : format === "email"
              ? "email"
              : format === "date"
                ? "date"
                : shape.pattern
                  ? "pattern"
                  : "text";
        return shape;
      }
      case "number":
      case "int":
        shape.kind = "number";
        return shape;
      case "enum":
        shape.kind = "enum";
        shape.values = Object.values(def.entries as Record<string, string>);
        return shape;
      case "literal":
        shape.kind = "enum";
        shape.values = (def.values as unknown[]).map(String);
        return shape;
      case "boolean":
        shape.kind = "boolean";
        return shape;
      case "array":
        shape.kind = "array";
        shape.element = def.element as z.ZodType;
        return shape;
      case "object":
        shape.kind = "object";
        return shape;
      case "record":
        // Free-form values (a form's draft): an empty one is valid; keys and nesting are the weak spots.
        shape.kind = "record";
        return shape;
      case "union":
        shape.kind = "union";
        shape.options = def.options as z.ZodType[];
        return shape;
      default:
        return shape;
    }
  }
  return shape;
}

function readChecks(def: Def, shape: FieldShape): void {
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "min_length") shape.minLength = Math.max(shape.minLength ?? 0, c.minimum as number);
    if (c.check === "max_length")
      shape.maxLength = Math.min(shape.maxLength ?? Infinity, c.maximum as number);
    if (c.check === "greater_than") shape.min = (c.value as number) + (c.inclusive ? 0 : 1);
    if (c.check === "less_than") shape.max = (c.value as number) - (c.inclusive ? 0 : 1);
    if (c.check === "number_format") shape.integer = String(c.format).includes("int");
    if (c.check === "string_format" && c.pattern instanceof RegExp) shape.pattern = c.pattern;
  }
}

/** The fields of an object schema, or none. */
export function fieldsOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  if (!schema) return {};
  let current = schema;
  for (let depth = 0; depth < 10; depth++) {
    const def = defOf(current);
    if (def.type === "object") return def.shape as Record<string, z.ZodType>;
    const inner = (def.innerType ?? def.in) as z.ZodType | undefined;
    if (!inner) return {};
    current = inner;
  }
  return {};
}

function token(): string {
  return randomBytes(4).toString("hex");
}

/** Candidates for a field's valid value, most ordinary first; the schema picks the first it accepts. */
function candidates(shape: FieldShape): unknown[] {
  switch (shape.kind) {
    case "uuid":
      return [randomUUID()];
    case "email":
      return [`fuzz-${token()}@test.otagai.example`];
    case "date":
      return ["2026-04-01"];
    case "pattern":
      return shape.pattern ? fc.sample(fc.stringMatching(shape.pattern), { numRuns: 20 }) : [];
    case "number": {
      const low = shape.min ?? 1;
      return [Math.max(low, Math.min(1, shape.max ?? 1)), low];
    }
    case "enum":
      return shape.values ?? [];
    case "boolean":
      return [true];
    case "array": {
      // An array that must hold something (an intake's concerns, a plan's goals): that many valid elements.
      const element = shape.element && (shape.minLength ?? 0) > 0 ? validValue(shape.element) : undefined;
      return element === undefined ? [[]] : [[], Array.from({ length: shape.minLength ?? 1 }, () => element)];
    }
    case "record":
      return [{}];
    case "union":
      // A valid value of each option, in order (a discriminated union's kinds).
      return (shape.options ?? []).map(validValue).filter((value) => value !== undefined);
    case "text": {
      // Long enough for a minimum (a password's 12), unlike any real name, and kana for a reading field.
      // Last, for a date-time field (z.iso.datetime), which takes none of the others.
      const base = [
        `試験 ${token()} 値`,
        `fuzz-${token()}-${token()}`,
        "しけん ふりがな",
        "あ",
        "a",
        "2026-04-01T10:00:00+09:00",
        // Last again, for a time of day (a placement's hours): two, for a rule that one is after the other.
        "10:00",
        "15:00",
      ];
      const min = shape.minLength ?? 0;
      return base.map((text) => (text.length >= min ? text : text.padEnd(min, "x")));
    }
    default:
      return [];
  }
}

/** A value the field's schema accepts, or undefined when none of the candidates fits. */
export function validValue(schema: z.ZodType): unknown {
  const shape = shapeOf(schema);
  if (shape.kind === "object") return validObject(schema);
  const found = candidates(shape).find((value) => schema.safeParse(value).success);
  // A nullable field of a kind with no candidates (a union of number literals, say) takes null.
  return found === undefined && schema.safeParse(null).success ? null : found;
}

/** An object with a valid value in every required field (optional ones left out), if the schema accepts it. */
export function validObject(schema: z.ZodType | undefined): Record<string, unknown> | undefined {
  if (!schema) return undefined;
  const result: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fieldsOf(schema))) {
    if (shapeOf(field).optional) continue;
    const value = validValue(field);
    if (value === undefined) return undefined;
    result[name] = value;
  }
  const parsed = schema.safeParse(result);
  if (parsed.success) return result;
  // A rule across fields (hours to after hours from): the field it names tries its other candidates.
  for (const issue of parsed.error.issues) {
    const name = issue.path[0];
    const field = typeof name === "string" ? fieldsOf(schema)[name] : undefined;
    if (!field || typeof name !== "string") continue;
    for (const value of candidates(shapeOf(field))) {
      const next = { ...result, [name]: value };
      if (field.safeParse(value).success && schema.safeParse(next).success) return next;
    }
  }
  return undefined;
}

/** Percent-encoding that does not decode: a stray %, non-hex digits, a cut-off sequence, invalid UTF-8. */
export const malformedPercent = ["%zz", "%", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "%%"];

export const sqlFragments = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "') OR ('1'='1",
  "%' OR '1'='1' --",
  "'; drop table users; --",
  "' UNION SELECT NULL --",
  "\\'; select 1; --",
  '" OR "1"="1',
];

export const scriptFragments = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style lookup string is the point
  "${jndi:ldap://127.0.0.1/a}",
  "{{constructor.constructor('return 1')()}}",
];

/** Hostile text for any field: injections, malformed encodings, characters PostgreSQL cannot store, sizes. */
export const hostileStrings = [
  ...sqlFragments,
  ...scriptFragments,
  ...malformedPercent,
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFFx",
  "../../etc/passwd",
  "%00",
  "\r\nSet-Cookie: x=1",
  "__proto__",
  "constructor",
  "𠮷野家",
  "ｱｲｳｴｵ",
  "　",
  "",
  " ",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  "null",
  "[]",
  "x".repeat(5000),
];

/** Values of the wrong JSON type, for body fields. */
export const wrongTypes: unknown[] = [null, true, 12345, 0.5, [], {}, ["a"], { nested: { deeper: [1] } }];

/** Hostile values fitted to one field: its boundaries, its format's near misses. */
export function hostileFor(shape: FieldShape): unknown[] {
  const values: unknown[] = [];
  if (shape.maxLength !== undefined && Number.isFinite(shape.maxLength)) {
    values.push("a".repeat(shape.maxLength + 1), "𠮷".repeat(Math.ceil(shape.maxLength / 2) + 1));
  }
  switch (shape.kind) {
    case "number": {
      const min = shape.min ?? 0;
      const max = shape.max ?? 2 ** 31;
      values.push(min - 1, max + 1, 0, -1, 0.5, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, "1", "1e309", "NaN");
      break;
    }
    case "uuid": {
      const uuid = randomUUID();
      values.push(
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
        uuid.toUpperCase(),
        uuid.replaceAll("-", ""),
        `{${uuid}}`,
        `${uuid}' OR '1'='1`,
        `${uuid}%`,
      );
      break;
    }
    case "date":
      values.push(
        "0000-01-01",
        "9999-12-31",
        "2026-02-30",
        "1899-12-31",
        "2201-01-01",
        "2026-1-1",
        "2026-04-01T00:00:00Z",
      );
      break;
    case "email":
      values.push(
        "a@b",
        "x@y.z' OR '1'='1",
        "試験@例え.jp",
        `${"a".repeat(250)}@x.jp`,
        " ADMIN@TEST.OTAGAI.EXAMPLE ",
        "a@b.c\u0000",
      );
      break;
    case "enum": {
      const first = shape.values?.[0] ?? "";
      values.push(first.toUpperCase(), ` ${first}`, `${first}' OR '1'='1`, "__proto__", "toString");
      break;
    }
    case "array":
      values.push(
        Array.from({ length: 51 }, () => randomUUID()),
        ["' OR '1'='1"],
        [[]],
        [null],
      );
      break;
    case "record":
      values.push(
        JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}'),
        { "' OR '1'='1": ["<script>alert(1)</script>", { nested: { deeper: [null, 1e308] } }] },
        [],
      );
      break;
    default:
      break;
  }
  return values;
}
