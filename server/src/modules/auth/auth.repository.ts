import { eq, getTableColumns, sql } from "drizzle-orm";
import type { Database } from "../../platform/db/client.ts";
import type { UserRow } from "../users/users.repository.ts";
import { users } from "../users/users.tables.ts";

export type LoginRules = { maxFailures: number; lockMinutes: number };

export type LoginClaim = UserRow & {
  /** The account was locked: this attempt was refused without looking at the password. */
  refused: boolean;
  /** This attempt reached the failure limit and locked the account (unless its password is right). */
  locks: boolean;
  /** Whole seconds until the lock ends, on the database's clock (0 when not locked). */
  lockSecondsLeft: number;
};

/**
 * Counts one login attempt on the account with this e-mail (or id) before its password is checked,
 * in one conditional UPDATE, so parallel guesses cannot slip past the lock: an unlocked account's
 * failure count goes up and the lock starts at `maxFailures`; a locked account's refused attempts are
 * counted in `locked_attempts`. Returns nothing for an address that is no account — after running the
 * very same statements, so both cost the same (ADR 004).
 */
export async function claimLoginAttempt(
  db: Database,
  account: { email: string } | { id: string },
  rules: LoginRules,
): Promise<LoginClaim | undefined> {
  // Every right-hand side reads the row as it was before this UPDATE.
  const locked = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} > now())`;
  const lockExpired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= now())`;
  const attempts = sql`(case when ${lockExpired} then 1 else ${users.failedLoginCount} + 1 end)`;
  const [row] = await db.transaction(async (tx) => {
    // No disk flush at commit: only an account's row is written, and a flush for accounts alone
    // would tell them apart by timing on PostgreSQL. A crash may lose the last moment's counts.
    await tx.execute(sql`set local synchronous_commit = off`);
    return tx
      .update(users)
      .set({
        failedLoginCount: sql`case when ${locked} then ${users.failedLoginCount} else ${attempts} end`,
        lockedUntil: sql`case when ${locked} then ${users.lockedUntil}
        when ${attempts} >= ${rules.maxFailures} then now() + make_interval(mins => ${rules.lockMinutes})
        else null end`,
        lockedAttempts: sql`case when ${locked} then ${users.lockedAttempts} + 1 else 0 end`,
      })
      .where("email" in account ? eq(users.email, account.email) : eq(users.id, account.id))
      .returning({
        ...getTableColumns(users),
        lockSecondsLeft: sql<number>`greatest(0, ceil(extract(epoch from ${users.lockedUntil} - now())))::integer`,
      });
  });
  if (!row) return undefined;
  const refused = row.lockedAttempts > 0;
  return { ...row, refused, locks: !refused && row.lockedUntil !== null };
}
