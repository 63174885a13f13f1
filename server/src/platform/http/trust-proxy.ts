import type { FastifyServerOptions } from "fastify";
import type { TrustProxy } from "../config.ts";

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
