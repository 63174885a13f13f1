import { beforeAll, expect } from "vitest";
import { categoryIdByCode } from "../../test/factories/consultations.ts";
import type { Session, useTestApp } from "../../test/test-app.ts";

/**
 * The consultation route tests' common ground: the demo desk's consultant, the fixed 就労相談
 * category, a new person's consultation input, and recording one through the API.
 */
export function useConsultationDesk(t: ReturnType<typeof useTestApp>) {
  const desk = { consultant: undefined as unknown as Session, employment: "" };
  beforeAll(async () => {
    desk.consultant = await t.loginAs("consultant");
    desk.employment = await categoryIdByCode(t.database.db, "employment");
  });

  const newPerson = {
    kind: "new_person",
    name: "森 さくら",
    nameKana: "もり さくら",
    phone: "090-1234-5678",
    ageBand: "20s",
  };

  function consultationInput(overrides: Record<string, unknown> = {}) {
    return {
      consultedAt: "2026-05-12T10:00:00+09:00",
      channel: "phone",
      categoryId: desk.employment,
      person: newPerson,
      concernTopics: ["job_search"],
      question: "短い時間から働ける場所を知りたい",
      answer: "就労準備支援を案内した",
      ...overrides,
    };
  }

  async function record(overrides: Record<string, unknown> = {}, session = desk.consultant) {
    const response = await t.request({
      method: "POST",
      url: "/api/consultations",
      session,
      payload: consultationInput(overrides),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  return { desk, newPerson, consultationInput, record };
}
