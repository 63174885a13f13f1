import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/test-app.ts";
import * as service from "./users.service.ts";
import { users } from "./users.tables.ts";
import { patchUserVia, userActionVia } from "./users.test-support.ts";

// A file of its own: the invariant is about every admin in the schema, so no other test's admins may help.
const t = useTestApp();

async function activeAdmins() {
  return t.database.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.status, "active")));
}

/** Leaves exactly two active admins, A and B, each logged in. */
async function twoAdmins() {
  await t.database.db.update(users).set({ role: "staff" }).where(ne(users.role, "staff"));
  const a = await t.loginAs("admin");
  const b = await t.loginAs("admin");
  return { a, b };
}

describe("at least one active administrator remains", () => {
  it("holds when two admins demote each other at the same moment", async () => {
    for (let round = 0; round < 4; round += 1) {
      const { a, b } = await twoAdmins();
      const responses = await Promise.all([
        patchUserVia(t, a, b.userId, { role: "manager", version: 1 }),
        patchUserVia(t, b, a.userId, { role: "manager", version: 1 }),
      ]);
      const statuses = responses.map((response) => response.statusCode).sort();
      expect(statuses[0], responses.map((r) => r.body).join("\n")).toBe(200);
      // The loser is refused by the invariant (409) or, if it started after the winner committed,
      // by its own lost permission (403).
      expect([403, 409]).toContain(statuses[1]);
      expect(await activeAdmins()).toHaveLength(1);
    }
  });

  it("holds when two admins disable each other, or one disables while the other demotes", async () => {
    for (let round = 0; round < 4; round += 1) {
      const { a, b } = await twoAdmins();
      const responses = await Promise.all([
        userActionVia(t, a, b.userId, "disable"),
        round % 2 === 0
          ? userActionVia(t, b, a.userId, "disable")
          : patchUserVia(t, b, a.userId, { role: "viewer", version: 1 }),
      ]);
      expect(
        responses.filter((response) => response.statusCode === 200),
        responses.map((r) => r.body).join("\n"),
      ).toHaveLength(1);
      expect(await activeAdmins()).toHaveLength(1);
    }
  });

  it("refuses to demote or disable the last active admin with 409 LAST_ADMIN and changes nothing", async () => {
    const { a } = await twoAdmins();
    await t.database.db.update(users).set({ role: "staff" }).where(ne(users.id, a.userId));
    // Through the service: an admin cannot change itself, so only a second admin (gone by now,
    // e.g. demoted a moment ago by someone else) could ask this.
    const actor = { id: randomUUID(), email: "gone@test.otagai.example", clientAddress: null };
    const demote = service.updateUser(t.database.db, actor, a.userId, { role: "staff", version: 1 });
    await expect(demote).rejects.toMatchObject({ code: "LAST_ADMIN", statusCode: 409 });
    const disable = service.setUserStatus(t.database.db, actor, a.userId, "disabled");
    await expect(disable).rejects.toMatchObject({ code: "LAST_ADMIN", statusCode: 409 });
    expect(await activeAdmins()).toEqual([{ id: a.userId }]);
    // A staff member can still be disabled: the rule only guards the last admin.
    const staffMember = await t.loginAs("staff");
    await expect(
      service.setUserStatus(t.database.db, actor, staffMember.userId, "disabled"),
    ).resolves.toMatchObject({ status: "disabled" });
  });
});
