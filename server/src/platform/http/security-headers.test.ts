import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/test-app.ts";

const t = useTestApp();

describe("security headers", () => {
  it.each(["/api/health", "/api/docs/", "/api/openapi.json", "/api/no-such-route"])(
    "are sent on %s",
    async (url) => {
      const response = await t.request({ method: "GET", url });
      const csp = String(response.headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("upgrade-insecure-requests");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["referrer-policy"]).toBe("same-origin");
    },
  );

  it("serves the OpenAPI document with every registered route in it", async () => {
    const response = await t.request({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    for (const definition of t.app.routeDefinitions) {
      const path = definition.url.replace(/:(\w+)/g, "{$1}");
      expect(
        document.paths[path]?.[definition.method.toLowerCase()],
        `${definition.method} ${path}`,
      ).toBeDefined();
    }
  });

  it("answers an unknown API path with a JSON 404 in the caller's language", async () => {
    const response = await t.request({
      method: "GET",
      url: "/api/no-such-route",
      headers: { "accept-language": "en" },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: "NOT_FOUND", message: "The record was not found." });
  });
});
