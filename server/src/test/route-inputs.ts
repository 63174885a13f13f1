import { randomUUID } from "node:crypto";
import type { RouteDefinition } from "../platform/http/route.ts";

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
 * A valid body for each route that takes one, so the bad-input test can spoil one field at a time
 * and reach the code behind validation. A new route with a body needs an entry here (the test says so).
 */
export const exampleBodies: Record<string, () => Record<string, unknown>> = {
  "POST /api/auth/login": () => ({ email: "nobody@test.otagai.example", password: "not-the-password" }),
  "POST /api/auth/password": () => ({
    currentPassword: "not-the-password",
    newPassword: "a-new-long-passphrase-7",
  }),
  "PATCH /api/auth/preferences": () => ({ locale: "ja" }),
  "POST /api/users": () => ({
    email: `fuzz-${randomUUID()}@test.otagai.example`,
    displayName: "試験 花子",
    displayNameKana: "しけん はなこ",
    role: "staff",
    password: "a-new-long-passphrase-7",
  }),
  "PATCH /api/users/:id": () => ({ displayName: "試験 花子", version: 1 }),
  "POST /api/users/:id/password": () => ({ newPassword: "a-new-long-passphrase-7" }),
};
