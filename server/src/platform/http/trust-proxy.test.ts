import { describe, expect, it } from "vitest";
import type { TrustProxy } from "../config.ts";
import { trustProxyWarning } from "./trust-proxy.ts";

function warningFor(trustProxy: TrustProxy, host: string) {
  return trustProxyWarning({ trustProxy, host, port: 3000 });
}

const oneHop: TrustProxy = { kind: "hops", hops: 1 };

describe("trustProxyWarning", () => {
  it.each([["0.0.0.0"], ["::"], ["192.168.1.20"], ["otagai.example.org"]])(
    "warns, in English and Japanese, when a hop count is trusted on %j, which others can reach",
    (host) => {
      const warning = warningFor(oneHop, host);
      expect(warning).toContain(
        `TRUST_PROXY=1 believes X-Forwarded-For from whoever connects to ${host}:3000`,
      );
      expect(warning).toContain("HOST=127.0.0.1");
      expect(warning).toContain("TRUST_PROXY=loopback");
      expect(warning).toContain("警告: TRUST_PROXY=1");
      expect(warning?.split("\n")).toHaveLength(2);
    },
  );

  it("names the hop count given", () => {
    expect(warningFor({ kind: "hops", hops: 2 }, "0.0.0.0")).toContain("TRUST_PROXY=2 ");
  });

  it.each([
    ["127.0.0.1"],
    ["127.0.0.2"],
    ["::1"],
    ["[::1]"],
    ["::ffff:127.0.0.1"],
    ["localhost"],
    ["LOCALHOST"],
  ])("is quiet when the app listens on the loopback address %j, which only this host reaches", (host) => {
    expect(warningFor(oneHop, host)).toBeUndefined();
  });

  it("is quiet without a proxy, or with the proxies' addresses listed", () => {
    expect(warningFor({ kind: "none" }, "0.0.0.0")).toBeUndefined();
    expect(warningFor({ kind: "addresses", addresses: ["loopback"] }, "0.0.0.0")).toBeUndefined();
    expect(warningFor({ kind: "addresses", addresses: ["10.0.0.5"] }, "0.0.0.0")).toBeUndefined();
  });
});
