import { Readable } from "node:stream";
import type { RoutePermission } from "@otagai/shared/platform/permissions";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { SessionUser } from "../sessions/sessions.ts";

export type RouteSchemas = {
  body?: z.ZodType;
  querystring?: z.ZodType;
  params?: z.ZodType;
  /** Success responses only; error responses are added for every route at registration. */
  response: Partial<Record<200 | 201 | 204, z.ZodType>>;
};

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;
type Output<S extends RouteSchemas> = {
  // biome-ignore lint/suspicious/noConfusingVoidType: a 204 handler returns nothing (an async void function)
  [K in keyof S["response"]]: S["response"][K] extends z.ZodType ? z.input<S["response"][K]> : void;
}[keyof S["response"]];

export type RouteContext<S extends RouteSchemas, P extends RoutePermission> = {
  body: Infer<S["body"]>;
  query: Infer<S["querystring"]>;
  params: Infer<S["params"]>;
  /** Present on every route that is not public (the auth hook guarantees it). */
  user: P extends "public" ? SessionUser | null : SessionUser;
  request: FastifyRequest;
  reply: FastifyReply;
};

/**
 * One route as data: method, path, permission and schemas together, so the route × role test, the
 * bad-input fuzz test and the OpenAPI document all walk the same list.
 */
export type RouteDefinition<
  S extends RouteSchemas = RouteSchemas,
  P extends RoutePermission = RoutePermission,
> = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  permission: P;
  summary: string;
  tags: string[];
  schema: S;
  /**
   * The record each id parameter names, by entity (`{ id: "participant" }`): the record-access test
   * (platform/access/record-access.test.ts) proves a user of another program gets 404 for each.
   */
  records?: Record<string, string>;
  /** The largest request body in bytes, where a route takes more than the app's default (a file upload). */
  bodyLimit?: number;
  /**
   * A file instead of JSON (an export): the handler returns a FileResponse (`fileResponse` as the
   * 200 schema), sent as-is with its content type and a download name (register-routes.ts).
   */
  produces?: FileKind;
  /** Requests per minute per client address, on top of the global limits. */
  rateLimitPerMinute?: (config: { loginRatePerMinute: number }) => number;
  handler: (context: RouteContext<S, P>) => Promise<Output<S>>;
};

export function defineRoute<S extends RouteSchemas, P extends RoutePermission>(
  definition: RouteDefinition<S, P>,
): RouteDefinition {
  return definition as unknown as RouteDefinition;
}

/** The files a route can answer with, by kind: their content type. */
export const fileContentTypes = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;
export type FileKind = keyof typeof fileContentTypes;

/**
 * What a route that `produces` a file returns: the name to save it under (any script) and either its
 * bytes (`body`) or, for a file too big to hold in memory (a streamed export), a `stream` of them,
 * sent as it is read. A stream's errors after the first bytes end the response (the client sees a cut
 * download, never a file that looks whole).
 */
export type FileResponse = { filename: string; body: Buffer } | { filename: string; stream: Readable };
/** The 200 schema of a route that `produces` a file; OpenAPI shows the file's content type instead. */
export const fileResponse = z.custom<FileResponse>((value) => {
  if (typeof value !== "object" || value === null) return false;
  const file = value as { body?: unknown; stream?: unknown };
  return Buffer.isBuffer(file.body) || file.stream instanceof Readable;
});

/** Routes without their own query declare none: unknown query fields are still rejected. */
export const noQuery = z.strictObject({});
/** Changes that take no input still refuse a body with fields, rather than silently ignoring it. */
export const noBody = z.strictObject({}).nullish();

export function successStatus(definition: RouteDefinition): 200 | 201 | 204 {
  const statuses = Object.keys(definition.schema.response).map(Number) as (200 | 201 | 204)[];
  return statuses[0] ?? 200;
}
