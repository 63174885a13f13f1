import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

function trustProxyOf(value: string) {
  return loadConfig({ TRUST_PROXY: value }).trustProxy;
}

describe("TRUST_PROXY", () => {
  it("is off by default and for false or 0", () => {
    expect(loadConfig({}).trustProxy).toEqual({ kind: "none" });
    expect(trustProxyOf("false")).toEqual({ kind: "none" });
    expect(trustProxyOf("0")).toEqual({ kind: "none" });
  });

  it("reads a number as that many proxy hops, and true as one", () => {
    expect(trustProxyOf("1")).toEqual({ kind: "hops", hops: 1 });
    expect(trustProxyOf("2")).toEqual({ kind: "hops", hops: 2 });
    expect(trustProxyOf("true")).toEqual({ kind: "hops", hops: 1 });
    expect(trustProxyOf("TRUE")).toEqual({ kind: "hops", hops: 1 });
  });

  it("reads a list of the proxies' addresses, subnets and proxy-addr's named ranges", () => {
    expect(trustProxyOf("10.0.0.5,10.0.0.6")).toEqual({
      kind: "addresses",
      addresses: ["10.0.0.5", "10.0.0.6"],
    });
    expect(trustProxyOf(" 10.0.0.0/8 , fd00::/48, ::1, loopback, 192.168.1.0/255.255.255.0 ")).toEqual({
      kind: "addresses",
      addresses: ["10.0.0.0/8", "fd00::/48", "::1", "loopback", "192.168.1.0/255.255.255.0"],
    });
    expect(trustProxyOf("2001:db8::/32,::ffff:10.0.0.0/104,10.1.2.3/32")).toEqual({
      kind: "addresses",
      addresses: ["2001:db8::/32", "::ffff:10.0.0.0/104", "10.1.2.3/32"],
    });
  });

  it.each([["*"], ["yes"], ["10.0.0.300"], ["10.0.0.0/33"], ["10.0.0.5,"], ["example.org"], ["-1"], ["100"]])(
    "refuses %j at start, naming the setting",
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    },
  );

  // What the config accepts, Fastify's proxy-addr must accept too: otherwise the start fails later,
  // inside buildApp, with a stack trace instead of a message naming the setting.
  it.each([
    ["0.0.0.0/0"],
    ["::/0"],
    ["10.0.0.5,::/0"],
    ["192.168.1.0/255.0.255.0"], // a netmask with a gap
    ["10.0.0.0/0.0.0.0"],
  ])("refuses %j as proxy-addr does, naming the setting", (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: invalid/);
  });

  it.each([
    ["0.0.0.0/1"],
    ["10.0.0.0/7"],
    ["10.0.0.0/254.0.0.0"],
    ["2000::/3"],
    ["2001:db8::/31"],
    ["::ffff:0.0.0.0/96"], // every IPv4 client, written as IPv6
    ["::ffff:10.0.0.0/103"],
    ["10.0.0.5,128.0.0.0/1"],
  ])("refuses %j: a subnet that wide trusts much of the Internet", (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: .* large part of the Internet/);
  });
});
