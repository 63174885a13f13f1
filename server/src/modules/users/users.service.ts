import {
  type createUserInputSchema,
  type findUsersQuerySchema,
  type UpdateUserInput,
  type User,
  userWorkplaceProblem,
} from "@otagai/shared/users/schemas";
import type { z } from "zod";
import { type Actor, recordAudit, recordAuditNow } from "../../platform/audit/audit.ts";
import type { Database } from "../../platform/db/client.ts";
import { sqlStateOf, uniqueViolation } from "../../platform/db/errors.ts";
import { AppError } from "../../platform/http/app-error.ts";
import { deleteSessionsOfUser } from "../../platform/sessions/sessions.ts";
import { checkPasswordPolicy, hashPassword } from "../auth/passwords.ts";
import { presentUser } from "./users.presenter.ts";
import * as repository from "./users.repository.ts";

type CreateUser = z.output<typeof createUserInputSchema>;
type FindUsers = z.output<typeof findUsersQuerySchema>;
export type UserActor = Actor & { id: string };

async function requireUser(db: Database, id: string) {
  const user = await repository.getUserById(db, id);
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}

async function requireKnownPrograms(db: Database, programIds: string[], field: string) {
  const missing = await repository.findMissingProgramIds(db, programIds);
  if (missing.length > 0) {
    throw new AppError("VALIDATION_FAILED", [
      { path: field, code: "unknown_program", messageKey: "invalidOption" },
    ]);
  }
}

/** A partner's workplace is one that exists, and only a partner has one. */
async function requireValidWorkplace(db: Database, role: string, workplaceId: string | null) {
  const problem = userWorkplaceProblem(role, workplaceId);
  if (problem)
    throw new AppError("VALIDATION_FAILED", [
      { path: "body.workplaceId", code: "custom", messageKey: problem },
    ]);
  if (workplaceId && !(await repository.workplaceExists(db, workplaceId)))
    throw new AppError("VALIDATION_FAILED", [
      { path: "body.workplaceId", code: "unknown_workplace", messageKey: "invalidOption" },
    ]);
}

/**
 * "At least one active administrator remains", checked with every admin row locked, inside the
 * transaction that would remove `userId` from the active admins.
 */
async function requireAnotherActiveAdmin(tx: Database, userId: string) {
  const admins = await repository.lockActiveAdmins(tx);
  if (!admins.some((id) => id !== userId)) throw new AppError("LAST_ADMIN");
}

function removesActiveAdmin(
  current: { role: string; status: string },
  next: { role: string; status: string },
) {
  return (
    current.role === "admin" &&
    current.status === "active" &&
    (next.role !== "admin" || next.status !== "active")
  );
}

export async function findUsers(db: Database, actor: Actor, query: FindUsers) {
  const { rows, total, totalCapped } = await repository.findUsers(db, query);
  // A list of people is a read of records about people: the trail names each one it showed.
  await recordAuditNow(db, actor, { action: "read", entity: "user", recordIds: rows.map((row) => row.id) });
  return { items: rows.map(presentUser), total, totalCapped, page: query.page, pageSize: query.pageSize };
}

export async function getUser(db: Database, actor: Actor, id: string): Promise<User> {
  const user = await requireUser(db, id);
  await recordAuditNow(db, actor, { action: "read", entity: "user", recordId: id });
  return presentUser(user);
}

export async function createUser(db: Database, actor: Actor, input: CreateUser): Promise<User> {
  checkPasswordPolicy(input.password, input.email, "body.password", [
    input.displayName,
    input.displayNameKana,
  ]);
  const passwordHash = await hashPassword(input.password);
  // The same program twice is one limit, not a duplicate key (which would read as EMAIL_TAKEN below).
  const programIds = [...new Set(input.programIds)].sort();
  try {
    return await db.transaction(async (tx) => {
      if (await repository.findUserByEmail(tx, input.email)) throw emailTaken();
      await requireKnownPrograms(tx, programIds, "body.programIds");
      await requireValidWorkplace(tx, input.role, input.workplaceId);
      const row = await repository.insertUser(tx, {
        email: input.email,
        displayName: input.displayName,
        displayNameKana: input.displayNameKana,
        role: input.role,
        locale: input.locale,
        workplaceId: input.workplaceId,
        passwordHash,
      });
      await repository.replaceUserPrograms(tx, row.id, programIds);
      await recordAudit(tx, actor, {
        action: "create",
        entity: "user",
        recordId: row.id,
        changedFields: [
          "email",
          "displayName",
          "displayNameKana",
          "role",
          "locale",
          "programIds",
          ...(input.workplaceId ? ["workplaceId"] : []),
          "password",
        ],
      });
      return presentUser({ ...row, programIds });
    });
  } catch (error) {
    // Two admins creating the same e-mail at once: the unique index decides.
    if (sqlStateOf(error) === uniqueViolation) throw emailTaken();
    throw error;
  }
}

function emailTaken() {
  return new AppError("EMAIL_TAKEN", [{ path: "body.email", code: "taken", messageKey: "emailTaken" }]);
}

export async function updateUser(
  db: Database,
  actor: UserActor,
  id: string,
  input: UpdateUserInput,
): Promise<User> {
  return db.transaction(async (tx) => {
    const current = await requireUser(tx, id);
    if (current.version !== input.version) throw new AppError("STALE_UPDATE");
    if (id === actor.id && input.role !== undefined && input.role !== current.role) {
      throw new AppError("CANNOT_CHANGE_SELF", [{ path: "body.role", code: "self", messageKey: "invalid" }]);
    }
    const changes: Record<string, unknown> = {};
    for (const key of ["displayName", "displayNameKana", "role", "locale"] as const) {
      if (input[key] !== undefined && input[key] !== current[key]) changes[key] = input[key];
    }
    // Leaving the partner role clears the workplace; one given for another role is refused. Checked
    // when the role or the workplace changes (an old partner without one can still be renamed).
    const role = input.role ?? current.role;
    const workplaceId =
      input.workplaceId !== undefined ? input.workplaceId : role === "partner" ? current.workplaceId : null;
    if (role !== current.role || workplaceId !== current.workplaceId) {
      await requireValidWorkplace(tx, role, workplaceId);
      if (workplaceId !== current.workplaceId) changes.workplaceId = workplaceId;
    }
    if (removesActiveAdmin(current, { role: input.role ?? current.role, status: current.status }))
      await requireAnotherActiveAdmin(tx, id);
    const programIds = input.programIds ? [...new Set(input.programIds)].sort() : current.programIds;
    const programsChanged = programIds.join(",") !== [...current.programIds].sort().join(",");
    if (programsChanged) await requireKnownPrograms(tx, programIds, "body.programIds");
    // Nothing really changed: no new version, no audit entry.
    if (Object.keys(changes).length === 0 && !programsChanged) return presentUser(current);
    const updated = await repository.updateUser(tx, current, changes);
    if (!updated) throw new AppError("STALE_UPDATE");
    if (programsChanged) await repository.replaceUserPrograms(tx, id, programIds);
    await recordAudit(tx, actor, {
      action: "update",
      entity: "user",
      recordId: id,
      changedFields: [...Object.keys(changes), ...(programsChanged ? ["programIds"] : [])],
    });
    return presentUser({ ...updated, programIds });
  });
}

export async function setUserStatus(
  db: Database,
  actor: UserActor,
  id: string,
  status: "active" | "disabled",
): Promise<User> {
  if (id === actor.id) throw new AppError("CANNOT_CHANGE_SELF");
  return db.transaction(async (tx) => {
    const current = await requireUser(tx, id);
    if (current.status === status) return presentUser(current);
    if (removesActiveAdmin(current, { role: current.role, status })) await requireAnotherActiveAdmin(tx, id);
    const updated = await repository.updateUser(tx, current, {
      status,
      ...(status === "active" ? repository.loginFailuresCleared : {}),
    });
    if (!updated) throw new AppError("STALE_UPDATE");
    // A disabled account is signed out everywhere at once.
    if (status === "disabled") await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, actor, {
      action: status === "disabled" ? "disable" : "enable",
      entity: "user",
      recordId: id,
      changedFields: ["status"],
    });
    return presentUser({ ...updated, programIds: current.programIds });
  });
}

/**
 * Lifts a lock left by failed logins now, instead of waiting for it to expire. The actor is an
 * admin, or `npm run user:unlock` on the server (anonymous callers can keep every admin locked).
 */
export async function unlockUser(db: Database, actor: Actor, id: string): Promise<User> {
  return db.transaction(async (tx) => {
    const current = await requireUser(tx, id);
    if (current.failedLoginCount === 0 && current.lockedUntil === null) return presentUser(current);
    await repository.clearLoginFailures(tx, id);
    await recordAudit(tx, actor, {
      action: "unlock",
      entity: "user",
      recordId: id,
      changedFields: ["lockedUntil"],
    });
    return presentUser({ ...current, ...repository.loginFailuresCleared });
  });
}

/** unlockUser for the account with this e-mail address (any letter case): `npm run user:unlock`. */
export async function unlockUserByEmail(db: Database, actor: Actor, email: string): Promise<User> {
  const user = await repository.findUserByEmail(db, email.trim().toLowerCase());
  if (!user) throw new AppError("NOT_FOUND");
  return unlockUser(db, actor, user.id);
}

/** An admin sets someone else's password; one's own goes through the account page, with the current one. */
export async function resetUserPassword(
  db: Database,
  actor: UserActor,
  id: string,
  newPassword: string,
): Promise<void> {
  if (id === actor.id) throw new AppError("CANNOT_CHANGE_SELF");
  const current = await requireUser(db, id);
  checkPasswordPolicy(newPassword, current.email, "body.newPassword", [
    current.displayName,
    current.displayNameKana,
  ]);
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    const updated = await repository.updateUser(tx, current, {
      passwordHash,
      passwordChangedAt: new Date(),
      ...repository.loginFailuresCleared,
    });
    if (!updated) throw new AppError("STALE_UPDATE");
    await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, actor, {
      action: "password_change",
      entity: "user",
      recordId: id,
      changedFields: ["password"],
    });
  });
}
