import { describe, it } from "vitest";
import { expectCleanAnswers } from "../../test/fuzz-every-route.ts";
import { useTestApp } from "../../test/test-app.ts";

const t = useTestApp();

describe("bad and hostile input on every route (part 3 of 4; the first is in bad-input.test.ts)", () => {
  it("is answered cleanly on every field of its part of the routes", async () => {
    await expectCleanAnswers(t, 2);
  }, 900_000);
});
