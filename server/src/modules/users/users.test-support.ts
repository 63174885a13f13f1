import type { CreateUserInput } from "@otagai/shared/users/schemas";
import type { Session, TestApp } from "../../test/test-app.ts";

/** Test helpers for the users routes: the calls an administrator's screen makes. */

export const newUserPassword = "quiet-harbour-lamp-58";

export function createUserVia(t: TestApp, session: Session, overrides: Partial<CreateUserInput> = {}) {
  const suffix = Math.random().toString(36).slice(2, 8);
  return t.request({
    method: "POST",
    url: "/api/users",
    session,
    payload: {
      email: `new-${suffix}@test.otagai.example`,
      displayName: "石井 彩花",
      displayNameKana: "いしい あやか",
      role: "staff",
      password: newUserPassword,
      ...overrides,
    },
  });
}

export function patchUserVia(t: TestApp, session: Session, id: string, payload: Record<string, unknown>) {
  return t.request({ method: "PATCH", url: `/api/users/${id}`, session, payload });
}

export function userActionVia(
  t: TestApp,
  session: Session,
  id: string,
  action: "disable" | "enable" | "unlock" | "password",
  payload?: Record<string, unknown>,
) {
  return t.request({
    method: "POST",
    url: `/api/users/${id}/${action}`,
    session,
    ...(payload ? { payload } : {}),
  });
}

export const unknownUserId = "6f1c1d36-3c52-4b8e-9a55-2b1f0c6d9e11";
