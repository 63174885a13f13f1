import { randomBytes } from "node:crypto";
import type { Role } from "@otagai/shared/platform/permissions";
import { recordAudit } from "../../platform/audit/audit.ts";
import type { DemoContribution } from "../../platform/demo-data.ts";
import { hashPassword } from "../auth/passwords.ts";
import { insertUser, replaceUserPrograms } from "./users.repository.ts";

export type DemoAccount = {
  role: Role;
  email: string;
  displayName: string;
  displayNameKana: string;
  /** Program codes (the programs' demo data) the account is limited to; none: not limited. */
  programs: string[];
};

/** Demo accounts, one per role. Fictional people. */
export const demoAccounts: readonly DemoAccount[] = [
  {
    role: "admin",
    email: "admin@demo.otagai.example",
    displayName: "青木 はるか",
    displayNameKana: "あおき はるか",
    programs: [],
  },
  {
    role: "manager",
    email: "manager@demo.otagai.example",
    displayName: "井上 誠",
    displayNameKana: "いのうえ まこと",
    programs: [],
  },
  {
    role: "coordinator",
    email: "coordinator@demo.otagai.example",
    displayName: "佐藤 美咲",
    displayNameKana: "さとう みさき",
    programs: ["yokohama-readiness", "zama-readiness"],
  },
  {
    role: "consultant",
    email: "consultant@demo.otagai.example",
    displayName: "高橋 健太",
    displayNameKana: "たかはし けんた",
    programs: [],
  },
  {
    role: "staff",
    email: "staff@demo.otagai.example",
    displayName: "中野 由紀",
    displayNameKana: "なかの ゆき",
    programs: [],
  },
  {
    role: "partner",
    email: "partner@demo.otagai.example",
    displayName: "森 大輔",
    displayNameKana: "もり だいすけ",
    programs: [],
  },
  {
    role: "viewer",
    email: "viewer@demo.otagai.example",
    displayName: "小川 直子",
    displayNameKana: "おがわ なおこ",
    programs: [],
  },
];

export type PreparedDemoAccount = DemoAccount & { password: string; passwordHash: string };

/** Passwords (random unless one is fixed) hashed before the transaction: hashing is slow. */
export async function prepareDemoAccounts(fixedPassword?: string): Promise<PreparedDemoAccount[]> {
  const prepared: PreparedDemoAccount[] = [];
  for (const account of demoAccounts) {
    const password = fixedPassword ?? randomBytes(12).toString("base64url");
    prepared.push({ ...account, password, passwordHash: await hashPassword(password) });
  }
  return prepared;
}

/**
 * The demo accounts, after the programs (whose ids they are limited to), before the areas' own
 * demo data (which reads their ids by role).
 */
export function demoAccountsContribution(accounts: readonly PreparedDemoAccount[]): DemoContribution {
  return {
    area: "users",
    order: 20,
    async load(tx, context) {
      const system = { id: null, email: "demo-data", clientAddress: null };
      for (const account of accounts) {
        const user = await insertUser(tx, {
          email: account.email,
          displayName: account.displayName,
          displayNameKana: account.displayNameKana,
          role: account.role,
          passwordHash: account.passwordHash,
        });
        context.userIdByRole.set(account.role, user.id);
        const ids = account.programs
          .map((code) => context.programIdByCode.get(code))
          .filter((id): id is string => !!id);
        await replaceUserPrograms(tx, user.id, ids);
        await recordAudit(tx, system, {
          action: "create",
          entity: "user",
          recordId: user.id,
          changedFields: ["demo"],
        });
      }
    },
  };
}
