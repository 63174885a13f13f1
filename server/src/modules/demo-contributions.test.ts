import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "../platform/audit/audit.tables.ts";
import { useTestApp } from "../test/test-app.ts";
import { loadDemoData } from "./demo-contributions.ts";
import { seedPrograms } from "./programs/programs.demo.ts";
import { programs } from "./programs/programs.tables.ts";
import { demoAccounts } from "./users/users.demo.ts";
import { userPrograms, users } from "./users/users.tables.ts";

const t = useTestApp();

describe("the demo data of every area", () => {
  it("fills an empty database: the programs, one account per role, the coordinator limited to two programs", async () => {
    const accounts = await loadDemoData(t.database.db, "demo-passphrase-for-tests");
    expect(accounts.map((account) => account.role)).toEqual(demoAccounts.map((account) => account.role));
    expect(new Set(accounts.map((account) => account.password))).toEqual(
      new Set(["demo-passphrase-for-tests"]),
    );

    const programRows = await t.database.db.select().from(programs);
    expect(programRows.map((row) => row.code).sort()).toEqual(
      seedPrograms.map((program) => program.code).sort(),
    );
    const [coordinator] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, "coordinator@demo.otagai.example"));
    const limitedTo = await t.database.db
      .select({ code: programs.code })
      .from(userPrograms)
      .innerJoin(programs, eq(programs.id, userPrograms.programId))
      .where(eq(userPrograms.userId, coordinator?.id ?? ""));
    expect(limitedTo.map((row) => row.code).sort()).toEqual(["yokohama-readiness", "zama-readiness"]);
    const created = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entity, "user"));
    expect(created).toHaveLength(demoAccounts.length);

    // The demo accounts log in with the password printed once.
    await t.loginWith("coordinator@demo.otagai.example", "demo-passphrase-for-tests");
  });

  it("does nothing once there are users", async () => {
    expect(await loadDemoData(t.database.db)).toEqual([]);
    expect(await t.database.db.select().from(users)).toHaveLength(demoAccounts.length);
  });
});
