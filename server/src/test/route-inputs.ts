import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { users } from "../modules/users/users.tables.ts";
import type { Database } from "../platform/db/client.ts";
import type { RouteDefinition } from "../platform/http/route.ts";
import { buildUser } from "./factories.ts";

/** Harmless values for path parameters, so every route can be called by the walking tests. */
const placeholderParams: Record<string, () => string> = {
  id: () => randomUUID(),
  code: () => "2210822",
};

export function placeholderUrl(definition: RouteDefinition): string {
  return definition.url.replace(/:(\w+)/g, (_, name: string) => {
    const make = placeholderParams[name];
    if (!make)
      throw new Error(`No placeholder for :${name} in ${definition.url}: add one to test/route-inputs.ts`);
    return make();
  });
}

export function paramNames(definition: RouteDefinition): string[] {
  return [...definition.url.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
}

/**
 * Inputs only the database can make valid, for the fuzz test (test/fuzz.ts derives the rest from
 * the schemas): the /api/users/:id routes act on an existing account, one per route so that
 * disabling it leaves the others alone, and a PATCH carries the account's current version, so a
 * spoiled field reaches the update instead of stopping at "not found" or "stale".
 */
export function realRecordInputs(db: Database) {
  const accounts = new Map<string, string>();
  return async (
    route: RouteDefinition,
  ): Promise<{ params?: Record<string, string>; body?: Record<string, unknown> }> => {
    if (!route.url.startsWith("/api/users/:id")) return {};
    const key = `${route.method} ${route.url}`;
    const id = accounts.get(key) ?? (await buildUser(db)).id;
    accounts.set(key, id);
    if (route.method !== "PATCH") return { params: { id } };
    const [row] = await db.select({ version: users.version }).from(users).where(eq(users.id, id));
    return { params: { id }, body: { version: row?.version ?? 1 } };
  };
}
