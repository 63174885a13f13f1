import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildCase } from "../../../test/factories/cases.ts";
import { buildParticipant } from "../../../test/factories/participants.ts";
import { buildProgram } from "../../../test/factories/programs.ts";
import { useTestApp } from "../../../test/test-app.ts";
import { cases } from "../cases/cases.tables.ts";
import { participants } from "./participants.tables.ts";

const t = useTestApp();

/** participants.program_ids, kept by the database from the cases (migration 0011, ADR 017). */
async function programsOf(id: string): Promise<string[]> {
  const [row] = await t.database.db
    .select({ programIds: participants.programIds })
    .from(participants)
    .where(eq(participants.id, id));
  return [...(row?.programIds ?? [])].sort();
}

describe("the programs a participant has cases in", () => {
  it("follow the cases opened, moved to another program and deleted", async () => {
    const db = t.database.db;
    const [a, b] = [await buildProgram(db), await buildProgram(db)];
    const person = await buildParticipant(db);
    expect(await programsOf(person.id)).toEqual([]);

    const first = await buildCase(db, a.id, { participantId: person.id });
    expect(await programsOf(person.id)).toEqual([a.id]);
    await buildCase(db, a.id, { participantId: person.id });
    await buildCase(db, b.id, { participantId: person.id });
    expect(await programsOf(person.id)).toEqual([a.id, b.id].sort());

    // A status change moves nothing.
    await db.update(cases).set({ status: "closed" }).where(eq(cases.id, first.id));
    expect(await programsOf(person.id)).toEqual([a.id, b.id].sort());

    await db.delete(cases).where(eq(cases.programId, b.id));
    expect(await programsOf(person.id)).toEqual([a.id]);
    const other = await buildProgram(db);
    await db.update(cases).set({ programId: other.id }).where(eq(cases.participantId, person.id));
    expect(await programsOf(person.id)).toEqual([other.id]);
    await db.delete(cases).where(eq(cases.participantId, person.id));
    expect(await programsOf(person.id)).toEqual([]);
  });

  it("move with a case from one person to another (a merge), for both", async () => {
    const db = t.database.db;
    const [a, b] = [await buildProgram(db), await buildProgram(db)];
    const kept = await buildParticipant(db);
    const merged = await buildParticipant(db);
    await buildCase(db, a.id, { participantId: kept.id });
    await buildCase(db, b.id, { participantId: merged.id });
    await db.update(cases).set({ participantId: kept.id }).where(eq(cases.participantId, merged.id));
    expect(await programsOf(kept.id)).toEqual([a.id, b.id].sort());
    expect(await programsOf(merged.id)).toEqual([]);
  });

  it("are right for every person of a many-row insert (an import, the scale seed)", async () => {
    const db = t.database.db;
    const [a, b] = [await buildProgram(db), await buildProgram(db)];
    const people = [await buildParticipant(db), await buildParticipant(db), await buildParticipant(db)];
    const [one, two, three] = people.map((person) => person.id) as [string, string, string];
    await db.insert(cases).values([
      { participantId: one, programId: a.id, openedOn: "2026-04-01" },
      { participantId: one, programId: b.id, openedOn: "2026-04-02" },
      { participantId: two, programId: b.id, openedOn: "2026-04-03" },
    ]);
    expect(await programsOf(one)).toEqual([a.id, b.id].sort());
    expect(await programsOf(two)).toEqual([b.id]);
    expect(await programsOf(three)).toEqual([]);
    const rows = await db
      .select({ id: participants.id, version: participants.version })
      .from(participants)
      .where(inArray(participants.id, [one, two]));
    // Kept by the database, not an edit: the optimistic-lock version of the record is untouched.
    expect(rows.map((row) => row.version)).toEqual([1, 1]);
  });
});
