import { count } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import type { Database } from "../../../../platform/db/client.ts";
import type { TestApp } from "../../../../test/test-app.ts";
import { consultationSchedules } from "../../appointments/appointments.tables.ts";
import { consultationRequests } from "../requests.tables.ts";

export const formUrl = "/public/consultation-request";

/** Regular consultation days every weekday from today, 10:00–16:00 in 60-minute slots. */
export async function buildWeekdaySchedule(db: Database): Promise<void> {
  await db.insert(consultationSchedules).values({
    name: "定例相談（平日）",
    recurrence: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    startsOn: "2026-01-01",
    dayStartsAt: "10:00",
    dayEndsAt: "16:00",
    slotMinutes: 60,
    room: "相談室1",
  });
}

export async function requestCount(db: Database): Promise<number> {
  const [row] = await db.select({ value: count() }).from(consultationRequests);
  return row?.value ?? 0;
}

type Opened = { cookie: string; token: string; page: LightMyRequestResponse };

/** A person opening the form: its page, the CSRF cookie and the token of its hidden field. */
export async function openForm(
  t: Pick<TestApp, "app">,
  language = "ja",
  remoteAddress = "192.0.2.1",
): Promise<Opened> {
  const page = await t.app.inject({ method: "GET", url: `${formUrl}?lang=${language}`, remoteAddress });
  const cookie = page.cookies.find((item) => item.name === "otagai_csrf")?.value ?? "";
  const token = /name="csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
  return { cookie: `otagai_csrf=${cookie}`, token, page };
}

export type FormFields = Record<string, string | string[] | undefined>;

export function validFields(overrides: FormFields = {}): FormFields {
  return {
    website: "",
    topic: "find_work",
    name: "森 さくら",
    nameKana: "もり さくら",
    contactMethod: "phone",
    phone: "090-1234-5678",
    email: "",
    message: "短い時間から働ける場所を知りたいです。",
    privacyConsent: "yes",
    ...overrides,
  };
}

export function encodeForm(fields: FormFields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of [value].flat()) params.append(name, item);
  }
  return params.toString();
}

/** Opens the form and posts it as a browser without JavaScript does (form-urlencoded). */
export async function submitForm(
  t: Pick<TestApp, "app">,
  fields: FormFields,
  options: { language?: string; remoteAddress?: string; opened?: Opened } = {},
): Promise<LightMyRequestResponse> {
  const language = options.language ?? "ja";
  const remoteAddress = options.remoteAddress ?? "192.0.2.1";
  const opened = options.opened ?? (await openForm(t, language, remoteAddress));
  return t.app.inject({
    method: "POST",
    url: `${formUrl}?lang=${language}`,
    remoteAddress,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: opened.cookie },
    payload: encodeForm({ csrf: opened.token, ...fields }),
  });
}
