import { randomBytes } from "node:crypto";
import type { RouteDefinition } from "../platform/http/route.ts";
import { scriptFragments, sqlFragments } from "./schema-inputs.ts";

// The requests the fuzz (fuzz.ts) sends and how it reads the answers: encoding, URLs, bodies.

export type Body = { json: unknown } | { raw: string; contentType?: string };

export type Request = {
  params: Record<string, string>;
  /** Already encoded key=value pairs, in order. */
  query: [string, string][];
  body?: Body;
};

export function token(): string {
  return randomBytes(4).toString("hex");
}

/** encodeURIComponent, except that a lone surrogate becomes the invalid UTF-8 it would be on the wire. */
export function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return Array.from(value, (char) => {
      try {
        return encodeURIComponent(char);
      } catch {
        return "%ED%A0%80";
      }
    }).join("");
  }
}

export function queryPairs(values: Record<string, unknown>): [string, string][] {
  return Object.entries(values).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map((item): [string, string] => [
      encode(key),
      encode(String(item)),
    ]),
  );
}

export function withQuery(request: Request, name: string, pairs: [string, string][]): [string, string][] {
  return [...request.query.filter(([key]) => key !== name), ...pairs];
}

export function urlOf(route: RouteDefinition, request: Request): string {
  const path = route.url.replace(/:(\w+)/g, (_, name: string) => request.params[name] ?? "");
  const search = request.query.map(([key, value]) => `${key}=${value}`).join("&");
  return search ? `${path}?${search}` : path;
}

export function preview(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…(${text.length})` : text);
}

/** How many rows a list answer holds: its total, or its items. */
export function rowCount(body: unknown): number | undefined {
  if (Array.isArray(body)) return body.length;
  const page = (body ?? {}) as { total?: unknown; items?: unknown };
  if (typeof page.total === "number") return page.total;
  return Array.isArray(page.items) ? page.items.length : undefined;
}

/** Values that must never come back in an error answer: what a reflected-input attack looks for. */
export const mustNotEcho = new Set<unknown>([
  ...sqlFragments,
  ...scriptFragments,
  "%ED%A0%80",
  "%E0%A4%A",
  "%C0%AF",
]);

/** Whole bodies that are not what any route reads. */
export const hostileBodies: Body[] = [
  { raw: "{'not': json" },
  { raw: "" },
  { raw: "null" },
  { raw: "[]" },
  { raw: '"text"' },
  { raw: '{"__proto__": {"polluted": true}}' },
  { raw: '{"constructor": {"prototype": {"polluted": true}}}' },
  { raw: `{"a": ${"[".repeat(5000)}${"]".repeat(5000)}}` },
  { raw: `"${"a".repeat(1_100_000)}"` },
  { raw: "email=a&password=b", contentType: "application/x-www-form-urlencoded" },
  { raw: "plain text", contentType: "text/plain" },
  { raw: "<a/>", contentType: "application/xml" },
];
