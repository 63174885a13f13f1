import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

const launchArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** This worker's server (global-setup.ts starts one per worker; VITEST_POOL_ID counts workers from 1). */
export function serverUrl(): string {
  const urls = inject("baseUrls");
  const worker = Math.max(1, Number(process.env.VITEST_POOL_ID ?? 1) || 1);
  const url = urls[(worker - 1) % urls.length];
  if (!url) throw new Error("no e2e server is running");
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    headless: true,
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: launchArgs,
  });
}

/**
 * One Chromium per test file. `open()` makes a fresh context (own cookies and storage, like a new
 * browser profile) in Japanese and Japan time, pointed at the test server.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
    if (!browser) throw new Error("the browser is not running (useBrowser() outside a describe?)");
    const context = await browser.newContext({
      baseURL: serverUrl(),
      locale: "ja-JP",
      timezoneId: "Asia/Tokyo",
      viewport: { width: 1280, height: 900 },
      ...options,
    });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    return { context, page };
  }

  return { open };
}
