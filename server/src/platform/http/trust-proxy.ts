import type { FastifyServerOptions } from "fastify";
import ipaddr from "ipaddr.js";
import type { Config, TrustProxy } from "../config.ts";
import { bootstrapMessages } from "../console-messages.ts";

/**
 * TRUST_PROXY as Fastify's `trustProxy`. A hop count is given as a function: Fastify 5 reads a bare
 * number as "trust nobody" (lib/request.js), and `true` as "trust every hop". With `hops: n`,
 * proxy-addr walks X-Forwarded-For from the socket backwards and believes the first n entries it
 * meets (the socket's peer is hop 0), so the client is the address the outermost trusted proxy
 * appended, and whatever the client wrote before it is ignored.
 */
export function fastifyTrustProxy(trust: TrustProxy): FastifyServerOptions["trustProxy"] {
  switch (trust.kind) {
    case "none":
      return false;
    case "hops":
      return (_address: string, hop: number) => hop < trust.hops;
    case "addresses":
      return trust.addresses;
  }
}

/**
 * The start-up warning for a hop count on an interface others can reach: proxy-addr believes the
 * nearest `hops` connections whoever they are, so a client that reaches the port directly, not
 * through the proxy, is "the proxy" and names its own address. Listening on loopback (the proxy on
 * the same host) or listing the proxy's address closes that; a firewall may too, which the app
 * cannot see, hence a warning and not a refusal.
 */
export function trustProxyWarning(config: Pick<Config, "trustProxy" | "host" | "port">): string | undefined {
  if (config.trustProxy.kind !== "hops" || isLoopbackHost(config.host)) return undefined;
  return bootstrapMessages.trustProxyHopsReachable(config.trustProxy.hops, config.host, config.port);
}

function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  if (name === "localhost") return true;
  return ipaddr.isValid(name) && ipaddr.process(name).range() === "loopback";
}
