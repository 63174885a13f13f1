import type { CurrentUser } from "@otagai/shared/auth/schemas";
import type { Locale } from "@otagai/shared/platform/locales";
import type { Role } from "@otagai/shared/platform/permissions";
import { type Actor, recordAudit, recordAuditNow } from "../../platform/audit/audit.ts";
import type { Config } from "../../platform/config.ts";
import type { Database } from "../../platform/db/client.ts";
import { AppError } from "../../platform/http/app-error.ts";
import {
  createSession,
  deleteSession,
  deleteSessionsOfUser,
  type SessionUser,
} from "../../platform/sessions/sessions.ts";
import * as users from "../users/users.repository.ts";
import { checkPasswordPolicy, hashPassword, verifyDecoy, verifyPassword } from "./passwords.ts";

export function presentCurrentUser(
  user: Pick<SessionUser, "id" | "email" | "displayName" | "role" | "locale" | "programIds">,
): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    programIds: user.programIds,
  };
}

/**
 * Checks the password and starts a session. Unknown e-mail and wrong password answer alike, after
 * the same argon2 work. Attempts count per account and lock it for a while at `loginMaxFailures`;
 * the lock is told to the caller (ADR 004). Attempts on unknown addresses go to the log, not the
 * audit trail: anyone can send them, and the trail keeps every entry forever.
 */
export async function login(
  db: Database,
  config: Config,
  input: { email: string; password: string },
  meta: { clientAddress: string | null; userAgent: string | null; log: { warn(message: string): void } },
): Promise<{ token: string; user: CurrentUser }> {
  const row = await users.findUserByEmail(db, input.email);
  if (!row) {
    await verifyDecoy(input.password);
    meta.log.warn(`login failed for an unknown e-mail from ${meta.clientAddress ?? "?"}`);
    throw new AppError("LOGIN_FAILED");
  }
  const actor: Actor = { id: row.id, email: input.email, clientAddress: meta.clientAddress };
  if (!(await users.claimLoginAttempt(db, row.id, config.loginMaxFailures, config.loginLockMinutes))) {
    await verifyDecoy(input.password);
    await recordAuditNow(db, actor, { action: "login_failed", entity: "session", recordId: row.id });
    throw new AppError("ACCOUNT_LOCKED");
  }
  const passwordOk = await verifyPassword(row.passwordHash, input.password);
  if (!passwordOk || row.status !== "active") {
    await recordAuditNow(db, actor, { action: "login_failed", entity: "session", recordId: row.id });
    throw new AppError("LOGIN_FAILED");
  }
  const result = await db.transaction(async (tx) => {
    await users.recordLoginSuccess(tx, row.id);
    const token = await createSession(tx, row.id, config.sessionPolicy, {
      ...meta,
      previousLoginAt: row.lastLoginAt,
    });
    await recordAudit(tx, actor, { action: "login", entity: "session", recordId: row.id });
    return { token, programIds: await users.findProgramIdsOfUser(tx, row.id) };
  });
  return {
    token: result.token,
    user: presentCurrentUser({
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      role: row.role as Role,
      locale: row.locale as Locale,
      programIds: result.programIds,
    }),
  };
}

export async function logout(db: Database, actor: Actor, sessionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await recordAudit(tx, actor, { action: "logout", entity: "session", recordId: actor.id });
  });
}

/**
 * Changes one's own password; every other session of the account ends, this one goes on. Wrong
 * current passwords count like failed logins, so a borrowed session cannot guess it at leisure.
 */
export async function changePassword(
  db: Database,
  config: Config,
  actor: Actor,
  user: SessionUser,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const row = await users.findUserByEmail(db, user.email);
  if (!row) throw new AppError("UNAUTHENTICATED");
  if (!(await users.claimLoginAttempt(db, row.id, config.loginMaxFailures, config.loginLockMinutes))) {
    throw new AppError("ACCOUNT_LOCKED");
  }
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new AppError("PASSWORD_WRONG", [
      { path: "body.currentPassword", code: "wrong", messageKey: "invalid" },
    ]);
  }
  await users.clearLoginFailures(db, row.id);
  checkPasswordPolicy(input.newPassword, user.email, "body.newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const updated = await users.updateUser(tx, row, { passwordHash, passwordChangedAt: new Date() });
    if (!updated) throw new AppError("STALE_UPDATE");
    await deleteSessionsOfUser(tx, user.id, user.sessionId);
    await recordAudit(tx, actor, {
      action: "password_change",
      entity: "user",
      recordId: user.id,
      changedFields: ["password"],
    });
  });
}

export async function updatePreferences(
  db: Database,
  actor: Actor,
  user: SessionUser,
  locale: Locale,
): Promise<CurrentUser> {
  if (locale !== user.locale) {
    await db.transaction(async (tx) => {
      const row = await users.getUserById(tx, user.id);
      if (!row || !(await users.updateUser(tx, row, { locale }))) throw new AppError("STALE_UPDATE");
      await recordAudit(tx, actor, {
        action: "update",
        entity: "user",
        recordId: user.id,
        changedFields: ["locale"],
      });
    });
  }
  return presentCurrentUser({ ...user, locale });
}
