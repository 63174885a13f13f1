import { errorResponseSchema } from "@otagai/shared/platform/errors";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "../config.ts";
import { noBody, noQuery, type RouteDefinition, successStatus } from "./route.ts";

const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
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
        response: { ...definedOnly(definition.schema.response), ...errorResponses },
        ...(definition.permission === "public" ? {} : { security: [{ session: [] }] }),
      },
      config: {
        permission: definition.permission,
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
