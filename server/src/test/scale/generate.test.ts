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
import { followUpInputSchema, outcomeInputSchema } from "@otagai/shared/support/outcomes";
import { participantProfileSchema } from "@otagai/shared/support/participants";
import { placementInputSchema } from "@otagai/shared/support/placements";
import { certificationInputSchema, workplaceProfileSchema } from "@otagai/shared/support/workplaces";
import { describe, expect, it } from "vitest";
import { participantKeysOf } from "../../modules/support/participants/participant-keys.ts";
import { generateActivity } from "./activities.ts";
import { generateCase } from "./cases.ts";
import { daysBetween } from "./dates.ts";
import { generateParticipant } from "./people.ts";
import { generatePlacement, type PlacementCase, workplacePool } from "./placements.ts";
import { areas, phoneIn } from "./places.ts";
import { randomFor } from "./random.ts";
import { followUpCatchUpDays, generatorSettings, scaleId } from "./settings.ts";
import { generateWorkplace, hubCount } from "./workplaces.ts";

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

  const workplaces = Array.from({ length: 400 }, (_, j) => generateWorkplace(settings, j));

  it("gives partner workplaces the workplace form would accept, a third certified, the hubs certified for both types", () => {
    for (const w of workplaces) {
      const { name, nameKana, postalCode, address, area, contactName, contactPhone, contactEmail } = w;
      const { workKinds, workDescription, workDays, hoursFrom, hoursTo, traineeCapacity } = w;
      const { supportFeatures, supportNotes, status } = w;
      const parsed = workplaceProfileSchema.safeParse({
        name,
        nameKana,
        postalCode,
        address,
        area: w.city,
        contactName,
        contactPhone,
        contactEmail,
        workKinds,
        workDescription,
        workDays,
        hoursFrom,
        hoursTo,
        traineeCapacity,
        supportFeatures,
        supportNotes,
        status,
      });
      expect(parsed.success, `${w.index} ${area}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      for (const { id: _, ...certification } of w.certifications)
        expect(certificationInputSchema.safeParse(certification).success, `${w.index}`).toBe(true);
    }
    const certified = workplaces.filter((w) => w.certifications.length > 0).length / workplaces.length;
    expect(certified).toBeGreaterThan(0.2);
    expect(certified).toBeLessThan(0.5);
    for (const hub of workplaces.slice(0, hubCount)) {
      expect(hub.traineeCapacity).toBeGreaterThanOrEqual(20);
      expect(hub.certifications[0]?.employmentTypes).toEqual(["employed", "nonEmployed"]);
    }
  });

  it("places an active case's person for whole terms, within the case's life, valid by the placement form", () => {
    const pool = workplacePool(workplaces);
    const placementCases: PlacementCase[] = cases.flatMap((c) => {
      const active = c.transitions.find((t) => t.to === "active");
      if (!active || c.participantIndex !== c.index) return [];
      return [
        {
          id: c.id,
          participantId: c.participantId,
          programCode: c.programCode,
          leadId: scaleId("participant", 999_999),
          openedOn: c.openedOn,
          closedOn: c.closedOn,
          closureReason: c.closure?.reason ?? null,
          activeOn: new Date(Date.parse(active.at) + 9 * 3_600_000).toISOString().slice(0, 10),
        },
      ];
    });
    expect(placementCases.length).toBeGreaterThan(1000);
    const placements = placementCases.map((c, k) => generatePlacement(settings, k, c, pool));
    const byStatus = new Map<string, number>();
    for (const p of placements) byStatus.set(p.status, (byStatus.get(p.status) ?? 0) + 1);
    expect([...byStatus.keys()].sort()).toEqual(["completed", "ended_early", "ongoing", "planned"]);
    expect(new Set(placements.map((p) => p.termCount))).toEqual(new Set([1, 2, 3, 4]));
    const workplaceById = new Map(workplaces.map((w) => [w.id, w]));
    for (const [k, p] of placements.entries()) {
      const supportCase = placementCases[k] as PlacementCase;
      const { workplaceId, employmentType, startOn, termCount, workDays, hoursFrom, hoursTo, tasks } = p;
      const { supervisorName, coordinatorId, transportNotes, allowanceNotes, guidanceNotes } = p;
      const input = { workplaceId, employmentType, startOn, termCount, workDays, hoursFrom, hoursTo, tasks };
      const rest = { supervisorName, coordinatorId, transportNotes, allowanceNotes, guidanceNotes };
      expect(placementInputSchema.safeParse({ ...input, ...rest }).success, `${k}`).toBe(true);
      expect(startOn >= supportCase.activeOn && startOn <= (supportCase.closedOn ?? "9999")).toBe(true);
      expect(p.endedOn === null || (p.endedOn >= startOn && p.endedOn <= p.endOn)).toBe(true);
      if (p.lastAttendedOn)
        expect(p.lastAttendedOn < settings.today && p.lastAttendedOn >= startOn).toBe(true);
      const workplace = workplaceById.get(workplaceId);
      expect(workDays.every((day) => (workplace?.workDays as string[] | undefined)?.includes(day))).toBe(
        true,
      );
      if (supportCase.programCode === "yokohama-certified-training")
        expect(
          workplace?.certifications.some(
            (c) =>
              c.employmentTypes.includes(employmentType) && c.validFrom <= startOn && startOn <= c.validUntil,
          ),
        ).toBe(true);
      for (const e of p.evaluations) expect(e.term).toBeLessThanOrEqual(termCount);
      if (p.outcome) {
        const { id: _, followUps, ...outcome } = p.outcome;
        expect(outcomeInputSchema.safeParse(outcome).success, `${k}`).toBe(true);
        for (const { offsetMonths: _o, dueOn, doneOn, ...followUp } of followUps)
          if (!doneOn)
            expect(
              daysBetween(dueOn, settings.today),
              `${k}: open follow-up due ${dueOn}`,
            ).toBeLessThanOrEqual(followUpCatchUpDays);
          else
            expect(
              followUpInputSchema.safeParse({ doneOn, ...followUp, version: 1 }).success,
              `${k}: ${JSON.stringify(followUp)}`,
            ).toBe(true);
      }
    }
    expect(placements.filter((p) => p.outcome).length).toBeGreaterThan(100);
  });
});
