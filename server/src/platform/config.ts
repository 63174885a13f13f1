import path from "node:path";
import { z } from "zod";

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
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[\w.:/,\s-]+)$/, "false, a number of proxy hops, or the proxies' addresses")
    .default("false"),
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
  sessionPolicy: { idleMinutes: number; absoluteHours: number };
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginRatePerMinute: number;
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses — never "any client". */
  trustProxy: boolean | number | string;
  /** Demo data on an empty database: by default only on the embedded database outside production. */
  loadDemoData: boolean;
  demoPassword: string | undefined;
  logLevel: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (DATABASE_URL= in a unit file, say) means "not set", not "invalid".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = configSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
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
    sessionPolicy: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    loadDemoData: e.NODE_ENV !== "production" && (e.DEMO_DATA ? e.DEMO_DATA === "true" : !e.DATABASE_URL),
    demoPassword: e.DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
  };
}

/**
 * "true" would trust every X-Forwarded-For hop, which lets any client pick its own address (and so
 * dodge the login rate limit and write a false address into the audit trail). It is read as one
 * hop: the reverse proxy in front of the app.
 */
function parseTrustProxy(value: string): boolean | number | string {
  if (value === "false") return false;
  if (value === "true") return 1;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
