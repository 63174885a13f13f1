import { describe, expect, it } from "vitest";
import { areasForRole } from "./areas.ts";
import { roles } from "./permissions.ts";

const keysFor = (role: (typeof roles)[number]) => areasForRole(role).map((area) => area.key);

describe("areas each role sees", () => {
  it("give the administrator every area", () => {
    expect(keysFor("admin")).toEqual([
      "dashboard",
      "support",
      "consultation",
      "network",
      "community",
      "recycling",
      "reports",
      "publications",
      "admin",
    ]);
  });

  it("give a partner workplace only the portal (its own placements)", () => {
    expect(keysFor("partner")).toEqual(["portal"]);
  });

  it("keep administration to the administrator and managers", () => {
    expect(roles.filter((role) => keysFor(role).includes("admin"))).toEqual(["admin", "manager"]);
  });

  it("give each role the areas its work needs", () => {
    expect(keysFor("coordinator")).toEqual(["dashboard", "support", "consultation", "network", "reports"]);
    expect(keysFor("consultant")).toEqual(["dashboard", "consultation", "network"]);
    expect(keysFor("staff")).toEqual(["dashboard", "network", "community", "recycling", "publications"]);
    expect(keysFor("viewer")).not.toContain("publications");
  });
});
