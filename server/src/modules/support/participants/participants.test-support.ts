import type { ParticipantSummary } from "@otagai/shared/support/participants";
import { expect } from "vitest";
import { buildParticipant } from "../../../test/factories/participants.ts";
import type { Session, TestApp } from "../../../test/test-app.ts";

/** A fictional person with the given name and reading ("姓 名", "せい めい"), straight into the database. */
export function person(
  t: TestApp,
  name: string,
  kana: string,
  overrides: Parameters<typeof buildParticipant>[1] = {},
) {
  const [familyName = "", givenName = ""] = name.split(" ");
  const [familyNameKana = "", givenNameKana = ""] = kana.split(" ");
  return buildParticipant(t.database.db, {
    familyName,
    givenName,
    familyNameKana,
    givenNameKana,
    birthDate: "1990-06-15",
    ...overrides,
  });
}

export type ParticipantPage = {
  items: ParticipantSummary[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
};

/** GET /api/participants with a query; fails the test on anything but 200. */
export async function listParticipants(
  t: TestApp,
  session: Session,
  query: Record<string, string | number> = {},
): Promise<ParticipantPage> {
  const response = await t.request({
    method: "GET",
    url: "/api/participants",
    query: Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)])),
    session,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** The ids a search finds. */
export async function searchIds(t: TestApp, session: Session, q: string): Promise<string[]> {
  return (await listParticipants(t, session, { q, pageSize: 200 })).items.map((item) => item.id);
}
