// npm run user:create -- --role admin --email someone@example.org [--name "氏名"] [--password-stdin]
// Creates an account (the first admin of a production install, say). A strong password is generated
// and printed once; --password-stdin reads one from standard input instead, never from the command
// line, where `ps` and shell history would show it.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createUserInputSchema } from "@otagai/shared/users/schemas";
import { createUser } from "../modules/users/users.service.ts";
import { exitOnOpenError } from "../platform/bootstrap.ts";
import { AppError } from "../platform/http/app-error.ts";
import { openCliDatabase } from "./cli-database.ts";

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    email: { type: "string" },
    name: { type: "string" },
    kana: { type: "string" },
    "password-stdin": { type: "boolean" },
  },
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

const given = values["password-stdin"] ? await readStdin() : undefined;
const generated = given === undefined ? randomBytes(15).toString("base64url") : undefined;
const parsed = createUserInputSchema.safeParse({
  email: values.email,
  role: values.role,
  displayName: values.name ?? values.email?.split("@")[0] ?? "",
  displayNameKana: values.kana ?? "",
  password: given ?? generated,
});
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    console.error(`--${String(issue.path[0] ?? "?")}: ${issue.message}`);
  console.error(
    "Usage: npm run user:create -- --role admin --email someone@example.org [--name 氏名] [--password-stdin]",
  );
  process.exit(2);
}
const database = await openCliDatabase().catch(exitOnOpenError);
try {
  const user = await createUser(
    database.db,
    { id: null, email: "user:create (command line)", clientAddress: null },
    parsed.data,
  );
  console.log(`Created ${user.role} ${user.email} (${user.id}).`);
  if (generated) console.log(`Password (shown only now): ${generated}`);
} catch (error) {
  if (error instanceof AppError) {
    console.error(`Not created: ${error.code} ${error.fields.map((field) => field.path).join(", ")}`);
    process.exitCode = 1;
  } else throw error;
} finally {
  await database.close();
}
