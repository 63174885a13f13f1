import { beforeAll, describe, expect, it } from "vitest";
import { expectError } from "../../test/http-helpers.ts";
import type { Session } from "../../test/test-app.ts";
import { useTestApp } from "../../test/test-app.ts";

const t = useTestApp();
let staff: Session;
beforeAll(async () => {
  staff = await t.loginAs("staff");
});

const lookup = (code: string, session: Session | undefined = staff) =>
  t.request({ method: "GET", url: `/api/postal-codes/${encodeURIComponent(code)}`, session });

describe("GET /api/postal-codes/:code", () => {
  it("answers the address for a known code", async () => {
    const response = await lookup("221-0822");
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      items: [{ postalCode: "221-0822", prefecture: "神奈川県", city: "横浜市神奈川区", town: "西神奈川" }],
    });
  });

  it("accepts the code without its hyphen", async () => {
    expect((await lookup("2210822")).json()).toEqual((await lookup("221-0822")).json());
  });

  it("answers an empty list for a code that does not exist", async () => {
    const response = await lookup("999-9999");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [] });
  });

  it("refuses something that is not a postal code with 400", async () => {
    for (const code of ["22-0822", "221-08220", "abc-defg", "221 0822"]) {
      expectError(await lookup(code), 400, "VALIDATION_FAILED", ["params.code"]);
    }
  });

  it("needs a session and the postalCodes.read permission", async () => {
    expectError(
      await t.request({ method: "GET", url: "/api/postal-codes/221-0822" }),
      401,
      "UNAUTHENTICATED",
    );
    const partner = await t.loginAs("partner");
    expectError(await lookup("221-0822", partner), 403, "FORBIDDEN");
  });
});
