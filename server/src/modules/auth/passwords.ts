import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { passwordMaxLength, passwordMinLength } from "@otagai/shared/auth/schemas";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import * as japanese from "@zxcvbn-ts/language-ja";
import { AppError, type FieldProblem } from "../../platform/http/app-error.ts";

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

// The strength estimator, built on first use (its dictionaries take a moment to load): the common
// passwords and words of zxcvbn-ts, English, and Japanese romaji (words, given and family names,
// Wikipedia), plus the association's own words, which staff might build a password from, and set
// phrases and characters often seen in Japanese passwords that those lists miss as whole words.
const japanesePhrases = [
  "ganbarimasu",
  "ganbatte",
  "ganbarou",
  "onegaishimasu",
  "arigatou",
  "arigatougozaimasu",
  "konnichiwa",
  "konbanwa",
  "ohayou",
  "ohayougozaimasu",
  "otsukaresama",
  "otsukaresamadesu",
  "yoroshiku",
  "yoroshikuonegaishimasu",
  "daisuki",
  "aishiteru",
  "kawaii",
  "sayonara",
  "doraemon",
  "pokemon",
  "pikachu",
  "naruto",
  "totoro",
  "anpanman",
  "hellokitty",
];
const associationWords = [
  "otagai",
  "otagaisama",
  "otagai-sama",
  "workers",
  "kyoukai",
  "kyokai",
  "npo",
  "yokohama",
  "kanagawa",
];
let estimator: ZxcvbnFactory | undefined;
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...english.dictionary,
      ...Object.fromEntries(
        Object.entries(japanese.dictionary).map(([name, words]) => [`${name}-ja`, words]),
      ),
      "phrases-ja": japanesePhrases,
      association: associationWords,
    },
    graphs: common.adjacencyGraphs,
    // Bounds on the estimate's CPU time, which grows steeply with length and with the characters
    // that could be l33t ("0" for "o"): seconds for 256 random characters by default, under 0.1 s so.
    // It reads the first 64 characters (64 that are not weak make a strong password) and tries l33t
    // readings on at most 15 substitutable characters ("Passw0rd!234" has 3).
    maxLength: 64,
    l33tMaxSubstitutions: 15,
  });
  return estimator;
}

/**
 * zxcvbn's score runs from 0 to 4. 4 (an estimated 10^10 guesses or more) is asked: 3 (10^8) lets
 * "Otagai@2026!" or "Tanaka2026!!" through — a word, a year and a symbol — which would fall quickly to
 * an offline attack on a stolen hash. Passphrases of a few words pass easily.
 */
export const minimumPasswordScore = 4;

/** A name or address as words an attacker would try: itself, run together, and each of its parts. */
function personalWords(text: string): string[] {
  const parts = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [text, parts.join(""), ...parts];
}

/**
 * The password policy beyond its length (which the shared schema checks in the form too): not the
 * e-mail address, and hard enough to guess by zxcvbn-ts's estimate, made on the password in NFKC
 * and lower case (so "ＰＡＳＳＷＯＲＤ１２３４" is read as "password1234") with the e-mail address, its
 * local part and `userInputs` (the person's display name and its kana), each whole, run together
 * and word by word, as words an attacker would try first. Every place that sets a password passes
 * the person's name: creating an account, an admin's reset, changing one's own.
 */
export function checkPasswordPolicy(
  password: string,
  email: string,
  field: string,
  userInputs: string[] = [],
): void {
  const problems: FieldProblem[] = [];
  const normalized = password.normalize("NFKC").toLowerCase();
  const localPart = email.split("@")[0]?.toLowerCase() ?? "";
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
  } else if (normalized === email.toLowerCase() || normalized === localPart) {
    problems.push({ path: field, code: "password_same_as_email", messageKey: "passwordSameAsEmail" });
  } else {
    const personal = [email, ...[localPart, ...userInputs].flatMap((text) => personalWords(text))]
      .map((word) => word.normalize("NFKC").toLowerCase())
      .filter((word, index, words) => word.length >= 3 && words.indexOf(word) === index);
    if (strengthEstimator().check(normalized, personal).score < minimumPasswordScore)
      problems.push({ path: field, code: "password_common", messageKey: "passwordCommon" });
  }
  if (problems.length > 0) throw new AppError("PASSWORD_POLICY", problems);
}
