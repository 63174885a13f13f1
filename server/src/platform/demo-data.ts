import { randomBytes } from "node:crypto";
import type { Role } from "@otagai/shared/platform/permissions";
import { sql } from "drizzle-orm";
import { hashPassword } from "../modules/auth/passwords.ts";
import { seedPrograms } from "../modules/programs/programs.demo.ts";
import { insertPrograms } from "../modules/programs/programs.repository.ts";
import { programs } from "../modules/programs/programs.tables.ts";
import { countUsers, insertUser, replaceUserPrograms } from "../modules/users/users.repository.ts";
import { recordAudit } from "./audit/audit.ts";
import type { Database } from "./db/client.ts";

/** Demo accounts, one per role. Fictional people. */
export const demoAccounts: {
  role: Role;
  email: string;
  displayName: string;
  displayNameKana: string;
  programs: string[];
}[] = [
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

/**
 * Fills an empty database with demo data and returns the accounts with their passwords (to be
 * printed once). Does nothing when any user exists. Never called in production. Several processes
 * starting together: the advisory lock lets one fill, the others find users and skip.
 */
export async function loadDemoData(db: Database, fixedPassword?: string) {
  if ((await countUsers(db)) > 0) return [];
  const accounts: ((typeof demoAccounts)[number] & { password: string; passwordHash: string })[] = [];
  for (const account of demoAccounts) {
    const password = fixedPassword ?? randomBytes(12).toString("base64url");
    accounts.push({ ...account, password, passwordHash: await hashPassword(password) });
  }
  const loaded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727003)`);
    if ((await countUsers(tx)) > 0) return false;
    await insertPrograms(tx, seedPrograms);
    const programIdByCode = new Map((await tx.select().from(programs)).map((row) => [row.code, row.id]));
    const system = { id: null, email: "demo-data", clientAddress: null };
    for (const account of accounts) {
      const user = await insertUser(tx, {
        email: account.email,
        displayName: account.displayName,
        displayNameKana: account.displayNameKana,
        role: account.role,
        passwordHash: account.passwordHash,
      });
      const ids = account.programs
        .map((code) => programIdByCode.get(code))
        .filter((id): id is string => !!id);
      await replaceUserPrograms(tx, user.id, ids);
      await recordAudit(tx, system, {
        action: "create",
        entity: "user",
        recordId: user.id,
        changedFields: ["demo"],
      });
    }
    return true;
  });
  if (!loaded) return [];
  return accounts.map(({ role, email, password }) => ({ role, email, password }));
}
