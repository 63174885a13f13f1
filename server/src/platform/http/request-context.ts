import { type Locale, localeFromHeader } from "@otagai/shared/platform/locales";
import type { FastifyRequest } from "fastify";
import type { Actor } from "../audit/audit.ts";
import type { SessionUser } from "../sessions/sessions.ts";

declare module "fastify" {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyContextConfig {
    permission?: import("@otagai/shared/platform/permissions").RoutePermission;
  }
}

export function localeOf(request: FastifyRequest): Locale {
  const header = request.headers["accept-language"];
  if (header) return localeFromHeader(header);
  return request.user?.locale ?? "ja";
}

export function actorOf(request: FastifyRequest): Actor {
  return {
    id: request.user?.id ?? null,
    email: request.user?.email ?? null,
    clientAddress: request.ip ?? null,
  };
}
