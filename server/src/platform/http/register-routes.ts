import { errorResponseSchema } from "@otagai/shared/platform/errors";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../config.ts";
import {
  type FileKind,
  type FileResponse,
  fileContentTypes,
  noBody,
  noQuery,
  type RouteDefinition,
  successStatus,
} from "./route.ts";

const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
  429: errorResponseSchema,
};

declare module "fastify" {
  interface FastifyInstance {
    /** Every route registered through registerRoutes: the table the matrix and fuzz tests walk. */
    routeDefinitions: RouteDefinition[];
  }
}

export function registerRoutes(app: FastifyInstance, config: Config, definitions: RouteDefinition[]): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const definition of definitions) {
    const status = successStatus(definition);
    const perMinute = definition.rateLimitPerMinute?.(config);
    app.routeDefinitions.push(definition);
    typed.route({
      method: definition.method,
      url: definition.url,
      schema: {
        summary: definition.summary,
        tags: definition.tags,
        ...(definition.schema.body
          ? { body: definition.schema.body }
          : definition.method === "GET"
            ? {}
            : { body: noBody }),
        querystring: definition.schema.querystring ?? noQuery,
        ...(definition.schema.params ? { params: definition.schema.params } : {}),
        response: {
          ...definedOnly(definition.schema.response),
          ...(definition.produces ? fileResponseDocument(definition.produces) : {}),
          ...errorResponses,
        },
        ...(definition.permission === "public" ? {} : { security: [{ session: [] }] }),
      },
      ...(definition.bodyLimit ? { bodyLimit: definition.bodyLimit } : {}),
      config: {
        permission: definition.permission,
        ...(definition.records ? { records: definition.records } : {}),
        ...(perMinute ? { rateLimit: { max: perMinute, timeWindow: 60_000 } } : {}),
      },
      handler: async (request, reply) => {
        const result = await definition.handler({
          body: request.body as never,
          query: request.query as never,
          params: request.params as never,
          user: request.user as never,
          request,
          reply,
        });
        if (definition.produces)
          return sendFile(reply, definition.produces, result as unknown as FileResponse);
        reply.code(status);
        return status === 204 ? reply.send() : result;
      },
    });
  }
}

/** A 204 route declares `{ 204: undefined }`: it has a status but no body schema. */
function definedOnly<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A file's 200 in OpenAPI: its content type; Fastify sends the bytes without serializing them. */
function fileResponseDocument(kind: FileKind) {
  return {
    200: {
      description: `The file (${kind})`,
      content: { [fileContentTypes[kind]]: { schema: z.string().describe("the file's bytes") } },
    },
  };
}

function sendFile(reply: FastifyReply, kind: FileKind, file: FileResponse): FastifyReply {
  return reply
    .code(200)
    .header("content-type", fileContentTypes[kind])
    .header("content-disposition", attachmentDisposition(file.filename))
    .send("stream" in file ? file.stream : file.body);
}

/**
 * `attachment` with the name twice (RFC 6266): `filename*` in UTF-8 (RFC 5987) for a Japanese name,
 * and an ASCII `filename` for clients that do not read it.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\w.-]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
