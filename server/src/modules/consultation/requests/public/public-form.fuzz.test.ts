import { beforeAll, describe, expect, it } from "vitest";
import { hostileBodies } from "../../../../test/fuzz-requests.ts";
import { hostileStrings, scriptFragments } from "../../../../test/schema-inputs.ts";
import { useTestApp } from "../../../../test/test-app.ts";
import { consultationRequests } from "../requests.tables.ts";
import { offeredConsultationDays } from "./public-form.days.ts";
import {
  buildWeekdaySchedule,
  encodeForm,
  formUrl,
  openForm,
  requestCount,
  validFields,
} from "./public-form.test-support.ts";

const t = useTestApp();

// The public pages answer HTML, outside the routes-as-data table (ADR 020): the bad-input fuzz that
// walks every API route cannot read their answers, so this walk does the same for the form. Each
// request comes from an address of its own, so the rate limit (tested apart) does not answer first.
let address = 0;
const nextAddress = () => {
  address += 1;
  // IPv4: the limit counts an IPv6 /64 as one client.
  return `198.18.${Math.floor(address / 250)}.${(address % 250) + 1}`;
};
// A phone of each submission's own, so that none is taken for a repeat of the one before.
const phoneOf = (n: number) => `090-${2000 + (n % 8000)}-${String(1000 + (n % 9000)).padStart(4, "0")}`;

const fields = ["website", "topic", "name", "nameKana", "contactMethod", "phone", "email", "message"];

/** No 5xx, an HTML page, no reflected markup, and nothing stored unless it went to the thank-you page. */
async function expectCleanAnswer(
  label: string,
  send: (
    opened: Awaited<ReturnType<typeof openForm>>,
    remoteAddress: string,
  ) => Promise<{
    statusCode: number;
    body: string;
    headers: Record<string, unknown>;
  }>,
  failures: string[],
) {
  const remoteAddress = nextAddress();
  const opened = await openForm(t, "ja", remoteAddress);
  const before = await requestCount(t.database.db);
  const response = await send(opened, remoteAddress);
  const after = await requestCount(t.database.db);
  if (response.statusCode >= 500) failures.push(`${label}: ${response.statusCode}`);
  if (response.statusCode !== 303) {
    if (after !== before) failures.push(`${label}: refused (${response.statusCode}) yet stored`);
    if (!String(response.headers["content-type"] ?? "").startsWith("text/html"))
      failures.push(`${label}: ${response.statusCode} answered ${String(response.headers["content-type"])}`);
    for (const fragment of scriptFragments.filter((text) => text.startsWith("<") || text.startsWith('"><')))
      if (response.body.includes(fragment)) failures.push(`${label}: echoed ${fragment} unescaped`);
  } else if (after !== before + 1) failures.push(`${label}: thank-you page without a stored request`);
}

let offered: string[] = [];

describe("the public request form under bad and hostile input", () => {
  beforeAll(async () => {
    await buildWeekdaySchedule(t.database.db);
    offered = (await offeredConsultationDays(t.database.db)).slice(0, 1);
  });

  it("answers every hostile value in every field cleanly, storing exactly what a thank-you page confirms", async () => {
    const failures: string[] = [];
    for (const field of fields)
      for (const value of hostileStrings)
        await expectCleanAnswer(
          `${field}=${JSON.stringify(value).slice(0, 40)}`,
          (opened, remoteAddress) =>
            t.app.inject({
              method: "POST",
              url: formUrl,
              remoteAddress,
              headers: { "content-type": "application/x-www-form-urlencoded", cookie: opened.cookie },
              payload: encodeForm({
                csrf: opened.token,
                ...validFields({ preferredDates: offered, phone: phoneOf(address), [field]: value }),
              }),
            }),
          failures,
        );
    expect(failures).toEqual([]);
    // SQL text is a valid name: stored as typed, not run.
    const names = await t.database.db.select({ name: consultationRequests.name }).from(consultationRequests);
    expect(names.map((row) => row.name)).toContain("' OR '1'='1");
  }, 300_000);

  it("answers unknown, repeated and prototype fields, hostile bodies and hostile addresses cleanly", async () => {
    const failures: string[] = [];
    const raw = (label: string, payload: string, contentType = "application/x-www-form-urlencoded") =>
      expectCleanAnswer(
        label,
        (opened, remoteAddress) =>
          t.app.inject({
            method: "POST",
            url: formUrl,
            remoteAddress,
            headers: { "content-type": contentType, cookie: opened.cookie },
            payload: payload.replace("CSRF", encodeURIComponent(opened.token)),
          }),
        failures,
      );
    const valid = encodeForm(validFields({ preferredDates: offered }));
    await raw("unknown field", `csrf=CSRF&${valid}&zz=1`);
    await raw("__proto__ field", `csrf=CSRF&${valid}&__proto__=1`);
    await raw("constructor[prototype]", `csrf=CSRF&${valid}&constructor%5Bprototype%5D=1`);
    await raw("name twice", `csrf=CSRF&${valid}&name=x`);
    await raw("no token", valid);
    await raw("malformed percent", `csrf=CSRF&${valid}&message=%E0%A4%A`);
    for (const body of hostileBodies)
      if ("raw" in body)
        await raw(`body ${body.raw.slice(0, 30)}`, body.raw, body.contentType ?? "application/json");
    for (const language of ["xx", "<script>", "' OR '1'='1", "easy_ja&lang=en"]) {
      const response = await t.app.inject({
        method: "GET",
        url: `${formUrl}?lang=${encodeURIComponent(language)}`,
        remoteAddress: nextAddress(),
      });
      if (response.statusCode !== 200) failures.push(`GET lang=${language}: ${response.statusCode}`);
      if (response.body.includes("<script>")) failures.push(`GET lang=${language}: echoed`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
