/**
 * Launches Debian's Chromium with a fresh profile per run (playwright-core
 * cannot download browsers here) and collects page errors so a test fails on
 * any uncaught exception or console error.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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
  viewport?: { width: number; height: number };
  /** A phone: its pixel ratio, with touch and a mobile viewport. */
  device?: { scaleFactor: number; mobile?: boolean };
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
    ...(options.device ? { deviceScaleFactor: options.device.scaleFactor, isMobile: options.device.mobile ?? false, hasTouch: options.device.mobile ?? false } : {}),
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

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
}
