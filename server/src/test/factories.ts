import { randomBytes } from "node:crypto";
import type { Role } from "@otagai/shared/platform/permissions";
import { eq } from "drizzle-orm";
import { hashPassword } from "../modules/auth/passwords.ts";
import { insertUser, replaceUserPrograms, type UserRow } from "../modules/users/users.repository.ts";
import { users } from "../modules/users/users.tables.ts";
import type { Database } from "../platform/db/client.ts";

export const testPassword = "correct-horse-battery-9";
let cachedHash: Promise<string> | undefined;

/** A user straight into the database (fictional names). All share one password to keep hashing cheap. */
export async function buildUser(
  db: Database,
  overrides: Partial<{
    role: Role;
    email: string;
    displayName: string;
    displayNameKana: string;
    status: "active" | "disabled";
    programIds: string[];
    /** A partner user's workplace (users.workplace_id). */
    workplaceId: string | null;
  }> = {},
): Promise<UserRow> {
  cachedHash ??= hashPassword(testPassword);
  const suffix = randomBytes(4).toString("hex");
  const user = await insertUser(db, {
    email: overrides.email ?? `user-${suffix}@test.otagai.example`,
    displayName: overrides.displayName ?? `試験 利用者${suffix}`,
    displayNameKana: overrides.displayNameKana ?? `しけん りようしゃ`,
    role: overrides.role ?? "staff",
    status: overrides.status ?? "active",
    passwordHash: await cachedHash,
  });
  if (overrides.programIds) await replaceUserPrograms(db, user.id, overrides.programIds);
  if (overrides.workplaceId) {
    const [updated] = await db
      .update(users)
      .set({ workplaceId: overrides.workplaceId })
      .where(eq(users.id, user.id))
      .returning();
    if (updated) return updated;
  }
  return user;
}
