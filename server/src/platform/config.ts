import path from "node:path";
import { compile as compileProxyTrust } from "@fastify/proxy-addr";
import ipaddr from "ipaddr.js";
import { z } from "zod";
import type { AuditKeyring } from "./audit/audit-keys.ts";
import type { SessionPolicy } from "./sessions/sessions.ts";

/** Every setting Otagai reads, with its default. The README's configuration table mirrors this. */
const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_MIGRATION_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(2),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  DRAFT_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(14 * 24),
  TODAY_INTAKE_ASSESSMENT_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  TODAY_REFERRAL_STALE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  TRUST_PROXY: z
    .string()
    .transform((value, context) => {
      const parsed = parseTrustProxy(value);
      if (typeof parsed === "string") context.addIssue({ code: "custom", message: parsed });
      return typeof parsed === "string" ? { kind: "none" as const } : parsed;
    })
    .default({ kind: "none" }),
  AUDIT_KEY_FILE: z.string().optional(),
  DEMO_DATA: z.enum(["true", "false"]).optional(),
  DEMO_PASSWORD: z.string().min(12).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = {
  nodeEnv: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** An owner role's connection for migrations; the app's own role then only gets the rights it needs. */
  databaseMigrationUrl: string | undefined;
  databasePoolSize: number;
  /** The schema the app's tables live in; tests give each file its own. */
  databaseSchema?: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  sessionPolicy: SessionPolicy;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginRatePerMinute: number;
  /** How long a form's server-side draft is kept after its last save. */
  draftTtlHours: number;
  /** An intake with no assessment this many days later is on the "today" list. */
  todayIntakeAssessmentDays: number;
  /** A referral whose status has not changed this many days is on the "today" list. */
  todayReferralStaleDays: number;
  /** Who may tell us the client's address and protocol (X-Forwarded-*): nobody, the nearest hops, or listed proxies. */
  trustProxy: TrustProxy;
  /** The audit trail's key file (ADR 012): outside the database and its backups. */
  auditKeyFile: string;
  /** Keys given directly instead of read from auditKeyFile (tests). */
  auditKeyring?: AuditKeyring;
  /** Demo data on an empty database: by default only on the embedded database outside production. */
  loadDemoData: boolean;
  demoPassword: string | undefined;
  logLevel: string;
};

/** A setting with a bad value: the start stops with the message alone (no stack trace). */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL= in a unit file, say) means "not set", not "invalid".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = configSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseMigrationUrl: e.DATABASE_MIGRATION_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    sessionPolicy: {
      idleMinutes: e.SESSION_IDLE_MINUTES,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
      cacheSeconds: e.SESSION_CACHE_SECONDS,
    },
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    draftTtlHours: e.DRAFT_TTL_HOURS,
    todayIntakeAssessmentDays: e.TODAY_INTAKE_ASSESSMENT_DAYS,
    todayReferralStaleDays: e.TODAY_REFERRAL_STALE_DAYS,
    trustProxy: e.TRUST_PROXY,
    // Beside the data folder, not in it: a copy of the folder alone cannot re-sign the trail.
    auditKeyFile: path.resolve(e.AUDIT_KEY_FILE ?? `${path.resolve(e.DATA_DIR)}-audit.key`),
    loadDemoData: e.NODE_ENV !== "production" && (e.DEMO_DATA ? e.DEMO_DATA === "true" : !e.DATABASE_URL),
    demoPassword: e.DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
  };
}

/**
 * How far to believe X-Forwarded-For and -Proto: `hops` trusts that many proxies nearest the app
 * (whatever their address), `addresses` only connections from the listed proxies. Never "every
 * hop", which would let any client choose its own address (and so dodge the login rate limit and
 * write a false address into the audit trail).
 */
export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; addresses: string[] };

/** proxy-addr's names for address ranges, accepted in TRUST_PROXY like addresses. */
const namedRanges = new Set(["loopback", "linklocal", "uniquelocal"]);

const trustProxyForms =
  "false, the number of proxy hops (1–10; true means 1), or the proxies' addresses (10.0.0.5,10.0.0.0/24,loopback)";

/** The widest subnets TRUST_PROXY may name: a proxy is a few machines, not a share of the Internet. */
const shortestPrefix = { ipv4: 8, ipv6: 32 };

/**
 * "false" or "0": no proxy. "true": one hop, the reverse proxy in front of the app (Fastify would
 * read `true` as every hop). A number: that many hops. Otherwise a comma-separated list of
 * addresses, subnets (10.0.0.0/24, 192.168.1.0/255.255.255.0) or named ranges, checked by the
 * same proxy-addr `compile` Fastify will run on them, so that a list accepted here cannot fail at
 * start. The reason as a string if invalid.
 */
function parseTrustProxy(value: string): TrustProxy | string {
  const text = value.trim().toLowerCase();
  if (text === "false" || text === "0") return { kind: "none" };
  if (text === "true") return { kind: "hops", hops: 1 };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= 10 ? { kind: "hops", hops } : trustProxyForms;
  }
  const addresses = text.split(",").map((item) => item.trim());
  try {
    compileProxyTrust(addresses);
  } catch (error) {
    return `${(error as Error).message}; expected ${trustProxyForms}`;
  }
  const tooWide = addresses.find(isTooWide);
  if (tooWide)
    return `${tooWide} would trust a large part of the Internet to tell the client's address: list the proxies' own addresses or subnets (at least /${shortestPrefix.ipv4} for IPv4, /${shortestPrefix.ipv6} for IPv6)`;
  return { kind: "addresses", addresses };
}

/**
 * A subnet wider than shortestPrefix. Called on items proxy-addr has accepted, so the address
 * parses and a netmask is contiguous. An IPv4-mapped IPv6 subnet (::ffff:10.0.0.0/104) is an IPv4
 * subnet to proxy-addr, and measured as one.
 */
function isTooWide(item: string): boolean {
  const slash = item.lastIndexOf("/");
  if (namedRanges.has(item) || slash === -1) return false;
  const address = ipaddr.parse(item.slice(0, slash));
  const range = item.slice(slash + 1);
  const bits = /^\d+$/.test(range)
    ? Number(range)
    : (ipaddr.IPv4.parse(range).prefixLengthFromSubnetMask() ?? 0);
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96)
    return bits - 96 < shortestPrefix.ipv4;
  return bits < shortestPrefix[address.kind()];
}
