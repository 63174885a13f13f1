import { en } from "@otagai/shared/i18n/en";
import { ja } from "@otagai/shared/i18n/ja";
import { beforeAll, describe, expect, it } from "vitest";
import { buildUser } from "../../test/factories.ts";
import { expectError, userRow } from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";
import { createUserVia, patchUserVia } from "./users.test-support.ts";

// The reading (ふりがな) of a name is kana: anything else is refused with a field message that says so.

const t = useTestApp();
let admin: Session;
beforeAll(async () => {
  admin = await t.loginAs("admin");
});

describe("the reading of a user's name (displayNameKana)", () => {
  it("refuses a reading in Latin letters on create, with a field message in Japanese and English", async () => {
    const japanese = expectError(
      await createUserVia(t, admin, { displayNameKana: "Smith John" }),
      400,
      "VALIDATION_FAILED",
      ["body.displayNameKana"],
    );
    expect(japanese.fields?.[0]?.message).toBe(ja.validation.kanaReading);

    const english = expectError(
      await t.request({
        method: "POST",
        url: "/api/users",
        session: admin,
        headers: { "accept-language": "en" },
        payload: {
          email: "kana-en@test.otagai.example",
          displayName: "John Smith",
          displayNameKana: "山田 花子",
          role: "staff",
          password: "quiet-harbour-lamp-58",
        },
      }),
      400,
      "VALIDATION_FAILED",
      ["body.displayNameKana"],
    );
    expect(english.fields?.[0]?.message).toBe(en.validation.kanaReading);
  });

  it("refuses a non-kana reading on update and leaves the record as it was", async () => {
    const user = await buildUser(t.database.db, { displayNameKana: "しけん たろう" });
    const body = expectError(
      await patchUserVia(t, admin, user.id, { displayNameKana: "shiken taro", version: 1 }),
      400,
      "VALIDATION_FAILED",
      ["body.displayNameKana"],
    );
    expect(body.fields?.[0]?.message).toBe(ja.validation.kanaReading);
    expect((await userRow(t.database.db, user.id))?.displayNameKana).toBe("しけん たろう");
  });

  it("stores katakana of either width, folded to full width, and an empty reading", async () => {
    const half = await createUserVia(t, admin, { displayNameKana: " ｽﾐｽ　ｼﾞｮﾝ " });
    expect(half.statusCode, half.body).toBe(201);
    expect(half.json().displayNameKana).toBe("スミス ジョン");

    const none = await createUserVia(t, admin, { displayNameKana: "" });
    expect(none.statusCode, none.body).toBe(201);
    expect(none.json().displayNameKana).toBe("");
  });
});
