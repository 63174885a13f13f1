import type { Locale } from "@otagai/shared/platform/locales";
import type { Role } from "@otagai/shared/platform/permissions";
import type { User } from "@otagai/shared/users/schemas";
import type { UserWithPrograms } from "./users.repository.ts";

/** The one shape a user leaves the server in: never the password hash or failure counters. */
export function presentUser(row: UserWithPrograms): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    displayNameKana: row.displayNameKana,
    role: row.role as Role,
    status: row.status as User["status"],
    locale: row.locale as Locale,
    programIds: row.programIds,
    workplaceId: row.role === "partner" ? row.workplaceId : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
