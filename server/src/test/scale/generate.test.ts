import { normalizePhone } from "@otagai/shared/japanese/phone";
import { lookupPostalCode } from "@otagai/shared/japanese/postal";
import { createActivityInputSchema } from "@otagai/shared/support/activities";
import { findTransition } from "@otagai/shared/support/case-flow";
import {
  assessmentInputSchema,
  closureInputSchema,
  conferenceInputSchema,
  evaluationInputSchema,
  intakeInputSchema,
  planInputSchema,
} from "@otagai/shared/support/cases";
import { participantProfileSchema } from "@otagai/shared/support/participants";
import { describe, expect, it } from "vitest";
import { participantKeysOf } from "../../modules/support/participants/participant-keys.ts";
import { generateActivity } from "./activities.ts";
import { generateCase } from "./cases.ts";
import { generateParticipant } from "./people.ts";
import { areas, phoneIn } from "./places.ts";
import { randomFor } from "./random.ts";
import { generatorSettings, scaleId } from "./settings.ts";

// The scale data's generator: the same records every run, shaped like an office's records, and
// valid by the app's own schemas and case flow.

const settings = generatorSettings({ today: "2026-11-27" });
const people = Array.from({ length: 3000 }, (_, i) => generateParticipant(settings, i));
const cases = Array.from({ length: 4500 }, (_, j) => generateCase(settings, j, 3000));

function profileOf(p: (typeof people)[number]) {
  const {
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    birthDate,
    gender,
    nationality,
    preferredLanguage,
  } = p;
  const { phone, email, postalCode, address, emergencyContactName, emergencyContactRelation } = p;
  const { emergencyContactPhone, referralSource, notes } = p;
  return {
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    birthDate,
    gender,
    nationality,
    preferredLanguage,
    phone,
    email,
    postalCode,
    address,
    emergencyContactName,
    emergencyContactRelation,
    emergencyContactPhone,
    referralSource,
    notes,
  };
}

describe("the scale data generator", () => {
  it("makes the same record from the same seed and index, and another from another seed", () => {
    expect(generateParticipant(settings, 1234)).toEqual(people[1234]);
    expect(generateCase(settings, 77, 3000)).toEqual(cases[77]);
    const other = generatorSettings({ today: "2026-11-27", seed: "another" });
    expect(generateParticipant(other, 1234).familyName + generateParticipant(other, 1234).birthDate).not.toBe(
      `${people[1234]?.familyName}${people[1234]?.birthDate}`,
    );
    expect(people[5]?.id).toBe(scaleId("participant", 5));
  });

  it("gives participants that the registration form would accept, with the derived keys of participantKeysOf", () => {
    for (const person of people) {
      const parsed = participantProfileSchema.safeParse(profileOf(person));
      expect(parsed.success, `${person.index}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(person.keys).toEqual(participantKeysOf(person));
    }
  });

  it("shapes names like Japan's: 佐藤 and 鈴木 the most common, registered variants at small rates", () => {
    const count = (name: string) => people.filter((p) => p.familyName === name).length;
    const counts = new Map<string, number>();
    for (const p of people) counts.set(p.familyName, (counts.get(p.familyName) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    expect(ranked.slice(0, 4).map(([name]) => name)).toEqual(expect.arrayContaining(["佐藤", "鈴木"]));
    expect(count("佐藤")).toBeGreaterThan(30);
    expect(ranked.length).toBeGreaterThan(200);
    // 髙橋 is rarer than 高橋, but there.
    const variants = ["髙橋", "齋藤", "渡邊", "渡邉", "山\uFA11"].map(count);
    expect(variants.reduce((a, b) => a + b)).toBeGreaterThan(5);
    expect(count("髙橋")).toBeLessThan(count("高橋") / 5);
    expect(people.some((p) => /[\u30A1-\u30FA]/.test(p.familyNameKana))).toBe(true);
  });

  it("plants likely duplicates: an earlier person registered again, same reading and mostly the same birth date", () => {
    const duplicates = people.filter((p) => p.duplicateOf !== null);
    expect(duplicates.length).toBeGreaterThan(10);
    for (const duplicate of duplicates) {
      const original = people[duplicate.duplicateOf ?? 0];
      expect(participantKeysOf(duplicate).readingKey).toBe(
        original && participantKeysOf(original).readingKey,
      );
      expect(duplicate.birthDate?.slice(0, 7)).toBe(original?.birthDate?.slice(0, 7));
    }
  });

  it("gives birth dates 1960–2008, valid phones for most, and Kanagawa addresses with real postal codes", () => {
    const born = people.flatMap((p) => (p.birthDate ? [p.birthDate] : []));
    expect(born.every((date) => date >= "1960-01-01" && date <= "2008-12-31")).toBe(true);
    expect(people.filter((p) => p.phone !== "").length / people.length).toBeGreaterThan(0.8);
    for (const person of people.slice(0, 300)) {
      const [place] = lookupPostalCode(person.postalCode);
      expect(place?.prefecture).toBe("神奈川県");
      expect(person.address.startsWith(`神奈川県${place?.city}`)).toBe(true);
    }
    for (const area of areas) {
      const random = randomFor("phones", area, 0);
      for (let i = 0; i < 400; i++) {
        const phone = phoneIn(random, area);
        expect(normalizePhone(phone), phone).not.toBeNull();
      }
    }
  });

  it("opens cases over five fiscal years in every status, each transition allowed by the case flow", () => {
    const statuses = new Set(cases.map((c) => c.status));
    expect([...statuses].sort()).toEqual([
      "active",
      "assessment",
      "closed",
      "conference",
      "evaluation",
      "intake",
      "plan",
    ]);
    const fiscalYears = new Set(
      cases.map((c) => (Number(c.openedOn.slice(5, 7)) >= 4 ? 0 : -1) + Number(c.openedOn.slice(0, 4))),
    );
    expect([...fiscalYears].sort()).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(cases.every((c) => c.openedOn >= "2022-04-01" && c.openedOn <= "2026-11-27")).toBe(true);
    for (const c of cases) {
      expect(c.transitions[0]?.to).toBe("intake");
      for (const t of c.transitions.slice(1))
        expect(t.from && findTransition(t.from, t.to), `${c.index}: ${t.from}→${t.to}`).toBeTruthy();
      expect(c.transitions.at(-1)?.to).toBe(c.status);
      const times = c.transitions.map((t) => t.at);
      expect([...times].sort()).toEqual(times);
    }
  });

  it("holds the step records the status implies, each valid by the step's form", () => {
    const version = { version: 0 };
    for (const c of cases) {
      if (c.status !== "intake") expect(c.intake, `${c.index}`).not.toBeNull();
      if (c.intake) expect(intakeInputSchema.safeParse({ ...c.intake, ...version }).success).toBe(true);
      if (["plan", "conference", "active", "evaluation"].includes(c.status))
        expect(c.assessments.length).toBe(1);
      if (["conference", "active", "evaluation"].includes(c.status))
        expect(c.plans.length).toBeGreaterThan(0);
      if (c.status === "active") expect(c.conferences.at(-1)?.decision).toBe("approved");
      if (c.status === "closed") expect(c.closure?.closedOn).toBe(c.closedOn);
      for (const { assessedOn, areas, summary } of c.assessments)
        expect(assessmentInputSchema.safeParse({ assessedOn, areas, summary, version: 1 }).success).toBe(
          true,
        );
      for (const { madeOn, reviewOn, agreedOn, goals, notes } of c.plans)
        expect(
          planInputSchema.safeParse({ madeOn, reviewOn, agreedOn, goals, notes, version: 1 }).success,
        ).toBe(true);
      for (const { heldOn, attendees, decision, notes } of c.conferences)
        expect(
          conferenceInputSchema.safeParse({ heldOn, attendees, decision, notes, version: 1 }).success,
        ).toBe(true);
      for (const { evaluatedOn, goalResults, notes } of c.evaluations)
        expect(evaluationInputSchema.safeParse({ evaluatedOn, goalResults, notes, version: 1 }).success).toBe(
          true,
        );
      if (c.closure) expect(closureInputSchema.safeParse(c.closure).success).toBe(true);
      const dates = [c.openedOn, ...c.plans.map((p) => p.madeOn), c.closedOn ?? c.openedOn];
      expect(dates.every((date) => date >= c.openedOn && date <= settings.today)).toBe(true);
    }
  });

  it("spreads activities over the cases, of every type, as a user could record them", () => {
    const activities = Array.from({ length: 5000 }, (_, k) => generateActivity(settings, k, 4500));
    expect(new Set(activities.map((a) => a.type)).size).toBe(8);
    expect(new Set(activities.map((a) => a.caseIndex)).size).toBeGreaterThan(2000);
    for (const a of activities.slice(0, 500))
      expect(
        createActivityInputSchema.safeParse({
          participantId: settings.idOf("participant", 0),
          caseId: a.caseId,
          occurredAt: new Date().toISOString(),
          type: a.type,
          minutes: a.minutes,
          notes: a.notes,
        }).success,
      ).toBe(true);
  });
});
