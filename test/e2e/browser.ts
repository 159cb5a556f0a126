/**
 * Launches Debian's Chromium with a fresh profile per run (playwright-core
 * cannot download browsers here) and collects page errors so a test fails on
 * any uncaught exception or console error.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export const ARTEFACTS = 'test-results';

export interface Browser {
  context: BrowserContext;
  page: Page;
  errors: string[];
  profile: string;
  close(): Promise<void>;
}

export interface BrowserOptions {
  acceptDownloads?: boolean;
  locale?: string;
  extraArgs?: readonly string[];
  /**
   * Blocked unless a test is about working offline. A worker answers from its cache before Playwright's routes
   * see a request, so a test that routes (a missing sound, a fake LRS) would be served the real file; and every
   * test starts from a fresh profile, so no worker from an earlier run can serve stale files.
   */
  serviceWorkers?: 'allow' | 'block';
  viewport?: { width: number; height: number };
  /** A screen other than the default laptop, in Playwright's own terms: a size, touch, a phone's pixel ratio. */
  device?: Pick<BrowserContextOptions, 'viewport' | 'hasTouch' | 'isMobile' | 'deviceScaleFactor'>;
  reducedMotion?: 'reduce' | 'no-preference';
}

export async function openBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: options.acceptDownloads ?? true,
    locale: options.locale ?? 'en-GB',
    serviceWorkers: options.serviceWorkers ?? 'block',
    ...options.device,
    ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return {
    context,
    page,
    errors,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Another page in the same browser, for a test that closes it or opens the app again: its errors count as the first page's do. */
export async function openPage(browser: Browser, timeout = 15_000): Promise<Page> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (e) => browser.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && browser.errors.push(`console: ${m.text()}`));
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
}
