import { type Config, loadConfig } from "../platform/config.ts";

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", LOGIN_RATE_PER_MINUTE: "10000" }),
    ...overrides,
  };
}
