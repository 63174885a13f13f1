import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { passwordMaxLength, passwordMinLength } from "@otagai/shared/auth/schemas";
import { AppError, type FieldProblem } from "../../platform/http/app-error.ts";
import { commonPasswords } from "./common-passwords.ts";

// argon2id (the library's default algorithm) at OWASP's baseline: 19 MiB, 2 iterations, 1 lane.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** The argon2 calls, in one object so that a test can watch which hashes a login verifies. */
export const argon2 = { hash, verify };

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A real hash, of the same cost, of nothing anyone knows: verified in place of an account's hash for an
 * unknown e-mail, so timing does not tell the two apart.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(32).toString("base64url"));
  return decoy;
}

/**
 * The password policy beyond its length (which the shared schema checks in the form too):
 * not a common password, not one character repeated, not the e-mail address.
 */
export function checkPasswordPolicy(password: string, email: string, field: string): void {
  const problems: FieldProblem[] = [];
  const lowered = password.toLowerCase();
  if (password.length < passwordMinLength) {
    problems.push({
      path: field,
      code: "too_small",
      messageKey: "tooShort",
      params: { min: passwordMinLength },
    });
  } else if (password.length > passwordMaxLength) {
    problems.push({
      path: field,
      code: "too_big",
      messageKey: "tooLong",
      params: { max: passwordMaxLength },
    });
  } else if (commonPasswords.has(lowered) || new Set(lowered).size <= 2 || /^(.{1,4})\1+$/.test(lowered)) {
    problems.push({ path: field, code: "password_common", messageKey: "passwordCommon" });
  } else if (lowered === email.toLowerCase() || lowered === email.split("@")[0]?.toLowerCase()) {
    problems.push({ path: field, code: "password_same_as_email", messageKey: "passwordSameAsEmail" });
  }
  if (problems.length > 0) throw new AppError("PASSWORD_POLICY", problems);
}
