import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium package (.ci/run installs it); playwright-core never downloads a browser. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface TestBrowser {
  browser: BrowserContext;
  /** A new tab, closed by `closePages` (call it after each test). */
  newPage(): Promise<Page>;
  /** Closes the tabs `newPage` opened. */
  closePages(): Promise<void>;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** One headless Chromium for a test file, on a fresh profile (one browser per file keeps suites fast). */
export async function launchChromium(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  const profile = await mkdtemp(join(tmpdir(), 'switchboard-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const pages: Page[] = [];
  return {
    browser,
    async newPage() {
      const page = await browser.newPage();
      pages.push(page);
      return page;
    },
    async closePages() {
      for (const page of pages.splice(0)) await page.close();
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
