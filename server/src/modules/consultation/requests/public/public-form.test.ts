import { isHoliday } from "@otagai/shared/japanese/holidays";
import { desc } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../test/test-app.ts";
import { consultationRequests } from "../requests.tables.ts";
import { offeredConsultationDays } from "./public-form.days.ts";
import {
  buildWeekdaySchedule,
  formUrl,
  openForm,
  requestCount,
  submitForm,
  validFields,
} from "./public-form.test-support.ts";

const t = useTestApp();
let days: string[] = [];

beforeAll(async () => {
  await buildWeekdaySchedule(t.database.db);
  days = await offeredConsultationDays(t.database.db);
});

/** The page's visible text with the furigana (<rt>, <rp>) and the tags taken out. */
function visibleText(page: string): string {
  const body = page.slice(page.indexOf("<body>"));
  return body
    .replace(/<rt>.*?<\/rt>|<rp>.*?<\/rp>/g, "")
    .replace(/<ruby>.*?<\/ruby>/g, "")
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ");
}

describe("the public consultation request form", () => {
  it("is served as HTML without login, in Japanese, with <html lang> and the language switch", async () => {
    const response = await t.app.inject({ method: "GET", url: formUrl });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.body).toContain('<html lang="ja">');
    expect(response.body).toContain("<h1>相談の申し込み</h1>");
    expect(response.body).toContain('href="/public/consultation-request?lang=easy_ja"');
    expect(response.body).toContain('href="/public/consultation-request?lang=en"');
    expect(response.body).toContain("個人情報の取り扱い");
    expect(response.body).not.toContain("<script");
    // Every field has its label; the honeypot is out of sight, out of the tab order and the accessibility tree.
    for (const id of ["name", "nameKana", "phone", "email", "message", "privacyConsent", "topic-find_work"])
      expect(response.body).toContain(`for="${id}"`);
    expect(response.body).toMatch(
      /<div class="away" aria-hidden="true">.*<input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">/,
    );
  });

  it("is in English with lang=en, and in やさしい日本語 with furigana on every kanji", async () => {
    const english = await t.app.inject({ method: "GET", url: `${formUrl}?lang=en` });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain("<h1>Ask for a consultation</h1>");
    expect(english.body).toContain("Privacy notice");

    const easy = await t.app.inject({ method: "GET", url: `${formUrl}?lang=easy_ja` });
    expect(easy.body).toContain('<html lang="ja">');
    expect(easy.body).toContain("<ruby>相談<rp>(</rp><rt>そうだん</rt><rp>)</rp></ruby>");
    // No kanji is left without its reading (the "Website" honeypot label aside, all text is kana or ruby).
    expect(visibleText(easy.body)).not.toMatch(/\p{Script=Han}/u);
  });

  it("offers the open regular consultation days of the next six weeks, never a holiday", async () => {
    expect(days.length).toBeGreaterThan(10);
    expect(days.some((day) => isHoliday(day))).toBe(false);
    expect(days.some((day) => /-(12-(29|30|31)|01-0[1-3])$/.test(day))).toBe(false);
    const page = await t.app.inject({ method: "GET", url: formUrl });
    for (const day of days) expect(page.body).toContain(`value="${day}"`);
  });

  it("stores a request posted without JavaScript, then redirects (303) to the thank-you page", async () => {
    const before = await requestCount(t.database.db);
    const response = await submitForm(t, validFields({ preferredDates: days.slice(0, 2), topic: "living" }), {
      language: "easy_ja",
      remoteAddress: "192.0.2.10",
    });
    expect(response.statusCode, response.body).toBe(303);
    expect(response.headers.location).toBe(`${formUrl}/thanks?lang=easy_ja`);
    expect(await requestCount(t.database.db)).toBe(before + 1);
    const [stored] = await t.database.db
      .select()
      .from(consultationRequests)
      .orderBy(desc(consultationRequests.receivedAt))
      .limit(1);
    expect(stored).toMatchObject({
      language: "easy_ja",
      topic: "living",
      name: "森 さくら",
      contactMethod: "phone",
      phone: "090-1234-5678",
      preferredDates: days.slice(0, 2),
      privacyConsent: true,
      status: "new",
    });
    const thanks = await t.app.inject({ method: "GET", url: response.headers.location as string });
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain("<ruby>受<rp>(</rp><rt>う</rt><rp>)</rp></ruby>け");
  });

  it("re-shows the form with per-field errors, a summary linking to them and the values kept", async () => {
    const before = await requestCount(t.database.db);
    const response = await submitForm(
      t,
      validFields({
        name: "森 さくら",
        nameKana: "Mori",
        phone: "12345",
        message: "あ".repeat(2001),
        privacyConsent: undefined,
        topic: undefined,
      }),
      { remoteAddress: "192.0.2.11" },
    );
    expect(response.statusCode).toBe(422);
    const page = response.body;
    expect(page).toContain('<div class="summary" role="alert"');
    expect(page).toContain('<a href="#topic-find_work">相談したいこと：選んでください</a>');
    expect(page).toContain('<a href="#nameKana">ふりがな（任意）：ひらがなかカタカナで入力してください</a>');
    expect(page).toContain('<p class="error" id="phone-error">電話番号の形が正しくありません');
    expect(page).toContain('<p class="error" id="message-error">2000字以内で入力してください</p>');
    expect(page).toContain('<p class="error" id="privacyConsent-error">');
    expect(page).toMatch(/id="phone"[^>]*aria-describedby="phone-hint phone-error" aria-invalid="true"/);
    expect(page).toContain('value="森 さくら"');
    expect(page).toContain('value="Mori"');
    expect(page).not.toMatch(/id="name"[^>]*aria-invalid/);
    expect(await requestCount(t.database.db)).toBe(before);
  });

  it("asks for the contact the person chose, and answers field errors in the form's language", async () => {
    const response = await submitForm(t, validFields({ contactMethod: "email", email: "" }), {
      language: "en",
      remoteAddress: "192.0.2.12",
    });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('<p class="error" id="email-error">Please fill this in</p>');
    const invalid = await submitForm(t, validFields({ contactMethod: "email", email: "not-an-address" }), {
      language: "en",
      remoteAddress: "192.0.2.12",
    });
    expect(invalid.body).toContain("This is not a valid e-mail address");
  });

  it("refuses a preferred day that is not offered (a holiday, a day long past the six weeks)", async () => {
    const before = await requestCount(t.database.db);
    for (const day of ["2027-01-01", "2030-06-04", "2026-13-01"]) {
      const response = await submitForm(t, validFields({ preferredDates: [day] }), {
        remoteAddress: "192.0.2.13",
      });
      expect(response.statusCode, day).toBe(422);
      expect(response.body).toContain("選べない日が含まれています");
    }
    expect(await requestCount(t.database.db)).toBe(before);
  });
});

describe("refusals, each a clear page in the form's language that stores nothing", () => {
  it("refuses a filled-in honeypot", async () => {
    const before = await requestCount(t.database.db);
    const response = await submitForm(t, validFields({ website: "https://spam.example" }), {
      language: "en",
      remoteAddress: "192.0.2.20",
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toContain("<h1>We could not accept this request</h1>");
    expect(await requestCount(t.database.db)).toBe(before);
  });

  it("refuses a body over 32 KB with 413", async () => {
    const before = await requestCount(t.database.db);
    const response = await submitForm(t, validFields({ message: "あ".repeat(6000) }), {
      language: "easy_ja",
      remoteAddress: "192.0.2.21",
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('<html lang="ja">');
    expect(response.body).toContain("<ruby>長<rp>(</rp><rt>なが</rt><rp>)</rp></ruby>すぎます");
    expect(await requestCount(t.database.db)).toBe(before);
  });

  it("refuses malformed posts (JSON, missing or unknown or repeated fields) with a 400 page", async () => {
    const before = await requestCount(t.database.db);
    const opened = await openForm(t, "ja", "192.0.2.22");
    const json = await t.app.inject({
      method: "POST",
      url: formUrl,
      remoteAddress: "192.0.2.22",
      headers: { "content-type": "application/json", cookie: opened.cookie },
      payload: JSON.stringify(validFields({ csrf: opened.token })),
    });
    expect(json.statusCode).toBe(400);
    expect(json.body).toContain("<h1>送信された内容を読み取れませんでした</h1>");
    for (const fields of [
      validFields({ name: undefined }),
      validFields({ extra: "1" }),
      validFields({ name: ["a", "b"] }),
    ]) {
      const response = await submitForm(t, fields, { remoteAddress: "192.0.2.22" });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain("送信された内容を読み取れませんでした");
    }
    const empty = await t.app.inject({
      method: "POST",
      url: `${formUrl}?lang=en`,
      remoteAddress: "192.0.2.22",
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("We could not read what was sent");
    expect(await requestCount(t.database.db)).toBe(before);
  });

  it("refuses a post without the form's token (another site's form) as expired", async () => {
    const before = await requestCount(t.database.db);
    const opened = await openForm(t, "ja", "192.0.2.23");
    const response = await submitForm(t, validFields(), {
      remoteAddress: "192.0.2.23",
      opened: { ...opened, token: "forged" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain("ページの有効期限が切れました");
    const noCookie = await submitForm(t, validFields(), {
      remoteAddress: "192.0.2.23",
      opened: { ...opened, cookie: "" },
    });
    expect(noCookie.statusCode).toBe(403);
    expect(await requestCount(t.database.db)).toBe(before);
  });

  it("refuses rapid repeated submissions from one address with 429, others still get through", async () => {
    const address = "192.0.2.30";
    const before = await requestCount(t.database.db);
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await submitForm(t, validFields({ privacyConsent: undefined }), {
        remoteAddress: address,
      });
      expect(response.statusCode).toBe(422);
    }
    const refused = await submitForm(t, validFields(), { language: "en", remoteAddress: address });
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain("<h1>Too many requests in a short time</h1>");
    expect(refused.headers["retry-after"]).toBeDefined();
    expect(await requestCount(t.database.db)).toBe(before);
    const other = await submitForm(t, validFields(), { remoteAddress: "192.0.2.31" });
    expect(other.statusCode).toBe(303);
  });
});
