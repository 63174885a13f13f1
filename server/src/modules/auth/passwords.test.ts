import { passwordMaxLength, passwordMinLength } from "@otagai/shared/auth/schemas";
import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/http/app-error.ts";
import { checkPasswordPolicy, decoyHash, hashPassword, verifyPassword } from "./passwords.ts";

const email = "kobayashi.ayumi@test.otagai.example";

/** The field problem the policy reports for `password`, or null when it is accepted. */
function policyProblem(password: string, field = "body.password") {
  try {
    checkPasswordPolicy(password, email, field);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe("PASSWORD_POLICY");
    expect(appError.statusCode).toBe(400);
    expect(appError.fields).toHaveLength(1);
    return appError.fields[0];
  }
}

describe("checkPasswordPolicy", () => {
  it("accepts a long password that is not on any list", () => {
    expect(policyProblem("correct-horse-battery-9")).toBeNull();
    expect(policyProblem("しずかな湖畔の森のかげから")).toBeNull();
  });

  it("accepts exactly the minimum and the maximum length", () => {
    expect(policyProblem("x7-Kq2!mPz9w")).toBeNull();
    expect("x7-Kq2!mPz9w").toHaveLength(passwordMinLength);
    const longest = "correct-horse-battery-9 ".repeat(11).slice(0, passwordMaxLength);
    expect(longest).toHaveLength(passwordMaxLength);
    expect(policyProblem(longest)).toBeNull();
  });

  it("refuses a password shorter than the minimum, or longer than the maximum as too long", () => {
    expect(policyProblem("x7-Kq2!mPz9")).toMatchObject({
      code: "too_small",
      params: { min: passwordMinLength },
    });
    const tooLong = "correct-horse-battery-9 ".repeat(11).slice(0, passwordMaxLength + 1);
    expect(policyProblem(tooLong)).toMatchObject({
      code: "too_big",
      messageKey: "tooLong",
      params: { max: passwordMaxLength },
    });
  });

  it("refuses a common password in any letter case", () => {
    for (const password of [
      "password1234",
      "PASSWORD1234",
      "Passw0rd1234",
      "qwertyuiop123",
      "otagaisama1234",
    ]) {
      expect(policyProblem(password), password).toMatchObject({
        code: "password_common",
        messageKey: "passwordCommon",
      });
    }
  });

  it("refuses variants of common passwords: letters for digits, symbols, capitals, full width", () => {
    for (const password of [
      "Passw0rd!234",
      "PASSWORD1234!",
      "ｐａｓｓｗｏｒｄ１２３４",
      "Ｐａｓｓｗ０ｒｄ１２３４",
      "P@ssword2026!",
      "Qwerty123456!",
      "iloveyou1234!",
    ]) {
      expect(policyProblem(password)?.code, password).toBe("password_common");
    }
  });

  it("refuses common Japanese words, names and places in romaji, and the association's name", () => {
    for (const password of [
      "arigatou1234",
      "sakura123456",
      "Yokohama2026!",
      "doraemon1234",
      "tanaka123456",
      "otagai-sama2026",
      "Otagai@2026!",
      "konnichiwa12",
      "onegaishimasu",
      "ganbarimasu1",
      "naruto123456",
      "pokemon12345",
      "nihon1234567",
    ]) {
      expect(policyProblem(password)?.code, password).toBe("password_common");
    }
  });

  it("refuses a password built from the person's own e-mail address", () => {
    expect(policyProblem("kobayashi.ayumi2026")?.code).toBe("password_common");
  });

  it("refuses a password built from the person's name or its kana: whole, run together, or word by word", () => {
    const name = ["Adaeze Okonkwo", "あだえぜ おこんくぉ"];
    for (const password of [
      "Adaeze Okonkwo!",
      "AdaezeOkonkwo2026",
      "おこんくぉあだえぜ2026",
      "あだえぜ おこんくぉ!!",
    ]) {
      expect(policyProblem(password), password).toBeNull(); // for someone of another name
      expect(() => checkPasswordPolicy(password, email, "body.password", name), password).toThrow(AppError);
    }
  });

  it("accepts the passwords the tests and the end-to-end journeys use", () => {
    for (const password of [
      "correct-horse-battery-9",
      "quiet-harbour-lamp-58",
      "lantern-maple-river-42",
      "another-long-passphrase-4",
      "brand-new-secret-77",
      "a-long-passphrase-9",
      "survives-a-hard-kill-17",
      "e2e-Kaede-passphrase-1147",
      "e2e-Otagai-demo-passphrase-2026",
      "e2e-Momiji-passphrase-9305",
    ]) {
      expect(policyProblem(password), password).toBeNull();
    }
  });

  it("refuses one or two characters repeated, and short patterns repeated", () => {
    for (const password of [
      "aaaaaaaaaaaa",
      "abababababab",
      "ABABABABABAB",
      "abcabcabcabc",
      "1234123412341234",
      "xyzwxyzwxyzw",
    ]) {
      expect(policyProblem(password)?.code, password).toBe("password_common");
    }
  });

  it("refuses the e-mail address or its local part", () => {
    expect(policyProblem(email)?.code).toBe("password_same_as_email");
    expect(policyProblem(email.toUpperCase())?.code).toBe("password_same_as_email");
    expect(policyProblem("Kobayashi.Ayumi")?.code).toBe("password_same_as_email");
  });

  it("names the field it was asked to check", () => {
    expect(policyProblem("password1234", "body.newPassword")?.path).toBe("body.newPassword");
  });
});

describe("hashPassword and verifyPassword", () => {
  it("hashes with argon2id at the configured cost", async () => {
    const hash = await hashPassword("correct-horse-battery-9");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain("correct-horse-battery-9");
  });

  it("salts every hash", async () => {
    const [first, second] = await Promise.all([
      hashPassword("same-password-twice"),
      hashPassword("same-password-twice"),
    ]);
    expect(first).not.toBe(second);
  });

  it("verifies the right password and refuses any other", async () => {
    const hash = await hashPassword("correct-horse-battery-9");
    expect(await verifyPassword(hash, "correct-horse-battery-9")).toBe(true);
    expect(await verifyPassword(hash, "correct-horse-battery-8")).toBe(false);
    expect(await verifyPassword(hash, "Correct-horse-battery-9")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("answers false, not an error, for a malformed stored hash", async () => {
    expect(await verifyPassword("not-a-hash", "correct-horse-battery-9")).toBe(false);
    expect(await verifyPassword("", "correct-horse-battery-9")).toBe(false);
  });

  it("keeps one decoy hash, of the same cost as a real one, that no password matches", async () => {
    const decoy = await decoyHash();
    expect(await decoyHash()).toBe(decoy);
    expect(decoy.split("$").slice(0, 4)).toEqual((await hashPassword("x")).split("$").slice(0, 4));
    expect(await verifyPassword(decoy, "anything-at-all")).toBe(false);
  });
});
