// npm run user:unlock -- --email someone@example.org
// Lifts a lock left by failed logins at once, on the server itself. Anyone on the network can lock
// an account for LOGIN_LOCK_MINUTES by guessing its password; when that keeps every administrator
// out, nobody is left to unlock them from the admin screen. Recorded in the audit trail like an
// admin's unlock, with this command as the actor.
import { parseArgs } from "node:util";
import { emailSchema } from "@otagai/shared/auth/schemas";
import { unlockUserByEmail } from "../modules/users/users.service.ts";
import { exitOnOpenError } from "../platform/bootstrap.ts";
import { AppError } from "../platform/http/app-error.ts";
import { openCliDatabase } from "./cli-database.ts";

const usage = "Usage: npm run user:unlock -- --email someone@example.org";

const { values } = (() => {
  try {
    return parseArgs({ options: { email: { type: "string" } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
})();
const email = emailSchema.safeParse(values.email);
if (!email.success) {
  console.error(`--email: ${values.email === undefined ? "required" : "not an e-mail address"}\n${usage}`);
  process.exit(2);
}

const database = await openCliDatabase().catch(exitOnOpenError);
try {
  const user = await unlockUserByEmail(
    database.db,
    { id: null, email: "user:unlock (command line)", clientAddress: null },
    email.data,
  );
  console.log(
    `Unlocked ${user.email}: no lock and no failed logins left (ロックを解除しました).` +
      (user.status === "disabled" ? " The account is disabled: an administrator must enable it." : ""),
  );
} catch (error) {
  if (error instanceof AppError && error.code === "NOT_FOUND") {
    console.error(
      `No account with the e-mail address ${email.data} (このメールアドレスのアカウントはありません).`,
    );
    process.exitCode = 1;
  } else throw error;
} finally {
  await database.close();
}
