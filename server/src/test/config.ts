import { parseAuditKeyring } from "../platform/audit/audit-keys.ts";
import { type Config, loadConfig } from "../platform/config.ts";

/** One fixed key for every test (fictional; never used outside tests). */
export const testAuditKeyring = parseAuditKeyring(
  "legacy-entries: 0\nkey: dGVzdC1vbmx5LWF1ZGl0LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24tdXNl\n",
  "test",
);

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      LOGIN_RATE_PER_MINUTE: "10000",
      // Tests change sessions and users behind the app's back (SQL); the cache's own tests turn it on.
      SESSION_CACHE_SECONDS: "0",
    }),
    auditKeyring: testAuditKeyring,
    ...overrides,
  };
}
