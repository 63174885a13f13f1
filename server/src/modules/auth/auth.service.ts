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
import { claimLoginAttempt } from "./auth.repository.ts";
import { checkPasswordPolicy, decoyHash, hashPassword, verifyPassword } from "./passwords.ts";

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
 * Checks the password and starts a session. A wrong password and an unknown e-mail answer alike after
 * the same work: one UPDATE by e-mail (which finds no row for an unknown address), one argon2 verify of
 * the account's hash or a decoy of the same cost, and nothing else (ADR 004). So failures are counted on
 * the account, not written to the audit trail one by one; the trail gets the failure that locks the
 * account and, once per lock, an attempt made while it was locked. The lock is told to the caller
 * with its end (429 ACCOUNT_LOCKED).
 */
export async function login(
  db: Database,
  config: Config,
  input: { email: string; password: string },
  meta: { clientAddress: string | null; userAgent: string | null; log: { warn(message: string): void } },
): Promise<{ token: string; user: CurrentUser }> {
  const row = await claimLoginAttempt(db, { email: input.email }, loginRules(config));
  const actor: Actor = { id: row?.id ?? null, email: input.email, clientAddress: meta.clientAddress };
  if (row?.refused) {
    if (row.lockedAttempts === 1) await recordLockedAttempt(db, actor, row.id);
    meta.log.warn(
      `login refused: account ${row.id} locked (${row.lockedAttempts} attempts during this lock) from ${meta.clientAddress ?? "?"}`,
    );
    throw accountLocked(row);
  }
  const passwordOk = await verifyPassword(row?.passwordHash ?? (await decoyHash()), input.password);
  if (!row || !passwordOk || row.status !== "active") {
    meta.log.warn(
      `login failed for ${row ? `account ${row.id}` : "an unknown e-mail"} from ${meta.clientAddress ?? "?"}`,
    );
    if (row?.locks) await recordLock(db, actor, row.id);
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

function loginRules(config: Config) {
  return { maxFailures: config.loginMaxFailures, lockMinutes: config.loginLockMinutes };
}

/** The failure that locked the account: the failures before it are counted, this one is recorded. */
function recordLock(db: Database, actor: Actor, userId: string) {
  return recordAuditNow(db, actor, {
    action: "login_failed",
    entity: "session",
    recordId: userId,
    changedFields: ["failed_login_count", "locked_until"],
  });
}

/** The first attempt refused during a lock; the later ones only count up locked_attempts. */
function recordLockedAttempt(db: Database, actor: Actor, userId: string) {
  return recordAuditNow(db, actor, {
    action: "login_failed",
    entity: "session",
    recordId: userId,
    changedFields: ["locked_attempts"],
  });
}

// The office's clock: a lock "until 14:35" is read in Japan time, whatever the server's zone.
const timeInJapan = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** 429 ACCOUNT_LOCKED with the minute the lock has ended by (rounded up) and the minutes left. */
function accountLocked(row: { lockedUntil: Date | null; lockSecondsLeft: number }): AppError {
  const until = Math.ceil((row.lockedUntil?.getTime() ?? Date.now()) / 60_000) * 60_000;
  return new AppError(
    "ACCOUNT_LOCKED",
    [],
    { time: timeInJapan.format(new Date(until)), minutes: Math.max(1, Math.ceil(row.lockSecondsLeft / 60)) },
    { "retry-after": String(row.lockSecondsLeft) },
  );
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
  const row = await claimLoginAttempt(db, { id: user.id }, loginRules(config));
  if (!row) throw new AppError("UNAUTHENTICATED");
  if (row.refused) {
    if (row.lockedAttempts === 1) await recordLockedAttempt(db, actor, row.id);
    throw accountLocked(row);
  }
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    if (row.locks) await recordLock(db, actor, row.id);
    throw new AppError("PASSWORD_WRONG", [
      { path: "body.currentPassword", code: "wrong", messageKey: "invalid" },
    ]);
  }
  await users.clearLoginFailures(db, row.id);
  checkPasswordPolicy(input.newPassword, row.email, "body.newPassword", [
    row.displayName,
    row.displayNameKana,
  ]);
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
