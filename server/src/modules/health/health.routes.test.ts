import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/test-app.ts";

const t = useTestApp();
const expectedKind = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

describe("GET /api/health", () => {
  it(`answers ok and names the database in use (${expectedKind})`, async () => {
    const response = await t.request({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: expectedKind });
    expect(t.database.kind).toBe(expectedKind);
  });

  it("needs no session and sets no cookie", async () => {
    const response = await t.request({
      method: "GET",
      url: "/api/health",
      headers: { cookie: "otagai_session=stale" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.cookies).toEqual([]);
  });

  it("refuses query parameters it does not know", async () => {
    const response = await t.request({ method: "GET", url: "/api/health", query: { verbose: "1" } });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("VALIDATION_FAILED");
  });
});
