/**
 * Rapport offline (issue 14, item 8), with the service worker allowed (the
 * other e2e files block it): once opened, the network can go and the class
 * carries on, reloading and starting scenarios never opened before; the worker
 * answers only for the build's own files, never for an LRS; and a new version
 * deployed meanwhile is picked up at the next start, with a notice.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { bestPathOf, pastModeChoice, say } from './play.ts';
import { startStaticSite, type StaticSite } from './staticSite.ts';

const built = resolve(process.env.E2E_OUT_DIR ?? 'dist');
const first = bestPathOf('bank-queue-disruption');
const second = bestPathOf('phone-message-for-colleague');

let browser: Browser | undefined;
let site: StaticSite | undefined;
const scratch: string[] = [];
afterAll(async () => {
  await browser?.close();
  await site?.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** The network going down makes the browser log failed requests; anything else is a real error. */
const realErrors = (b: Browser) => b.errors.filter((e) => !/Failed to load resource|net::ERR_/.test(e));

async function openWithWorker(url: string): Promise<Browser> {
  const b = await openBrowser({ serviceWorkers: 'allow' });
  b.page.setDefaultTimeout(20_000);
  await b.page.goto(url);
  // The first install tells the tutor once everything is cached.
  await b.page.locator('[data-notice="offline-ready"]').waitFor({ timeout: 60_000 });
  return b;
}

async function playFromPicker(page: Page, path: typeof first): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
  await page.getByRole('button', { name: path.scenario.title, exact: true }).click();
  await pastModeChoice(page);
  await say(page, path.says);
  await page.getByRole('button', { name: 'See how you did' }).click();
  await page.getByRole('heading', { level: 1, name: /^Debrief:/ }).waitFor();
}

describe('offline once opened', () => {
  it('carries on when the network drops: starts scenarios never opened, the stage and all, plays them through, reloads, opens the review page', async () => {
    browser = await openWithWorker(inject('baseUrl'));
    const { page, context } = browser;
    expect(await page.locator('[data-notice="offline-ready"]').textContent()).toContain('Rapport is ready to work offline on this computer');
    for (const [width, height, name] of [
      [1366, 768, 'offline-ready-1366'],
      [390, 844, 'offline-ready-390'],
      [1920, 1080, 'offline-ready-1920'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `test-results/${name}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    // The first visit of the day: the network drops before anyone reloads the page that installed the worker.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await playFromPicker(page, first);
    // The stage (Phaser, fetched only once a conversation is up) came from the cache too.
    await page.locator('canvas').first().waitFor({ state: 'attached' });
    expect(await page.locator('[data-notice="stage"]').count()).toBe(0);
    await screenshot(page, 'offline-debrief');

    await page.getByRole('button', { name: 'Play another scenario' }).click();
    await playFromPicker(page, second);
    await page.getByRole('button', { name: 'Play another scenario' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await page.goto(`${inject('baseUrl')}review.html`);
    await page.getByRole('heading', { level: 1, name: 'Review transcripts' }).waitFor();
    await context.setOffline(false);
    expect(realErrors(browser)).toEqual([]);
  });

  it('answers only for the files of the build: nothing else is cached, and an LRS on the same address always meets the network', async () => {
    const { page, context } = browser!;
    await page.goto(inject('baseUrl'));
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    const files = new Set(cached.map((p) => p.replace(/^\//, '')));
    expect(files.has('index.html')).toBe(true);
    expect(files.has('review.html')).toBe(true);
    for (const f of files) expect(f, `${f} is a file of the build`).toMatch(/^(index\.html|review\.html|[a-z]+\.html|assets\/[^/]+)$/);
    expect([...files].some((f) => f.endsWith('.wav'))).toBe(true);

    // An LRS (or an LMS) on Rapport's own address: never answered from a cache, online or off.
    const lrs = async () => page.evaluate(async (url) => fetch(url, { method: 'GET' }).then((r) => r.status, (e: Error) => e.name), `${inject('baseUrl')}xapi/statements`);
    // Online the server answers (vite preview with its own fallback); offline nothing does, though that path is a page.
    expect(typeof (await lrs())).toBe('number');
    await context.setOffline(true);
    expect(await lrs()).toBe('TypeError');
    await context.setOffline(false);
    // Nor did asking put it in a cache.
    expect(await page.evaluate(async (url) => (await caches.match(url, { ignoreSearch: true })) === undefined, `${inject('baseUrl')}xapi/statements`)).toBe(true);
  });

  it('picks up a new version at the next start, never in the middle of a lesson, and says so', async () => {
    await browser?.close();
    browser = undefined;
    // The same build, deployed again with a change: a new page, so a new service worker.
    const next = mkdtempSync(join(tmpdir(), 'rapport-next-'));
    scratch.push(next);
    cpSync(built, next, { recursive: true });
    const html = readFileSync(join(next, 'index.html'), 'utf8');
    const stamp = /<meta name="rapport-build" content="([^"]+)"/.exec(html)![1]!;
    writeFileSync(join(next, 'index.html'), html.replace(stamp, 'next-version'));
    const sw = readFileSync(join(next, 'sw.js'), 'utf8');
    const withNewPage = sw.replace(/("?url"?:\s*"index\.html",\s*"?revision"?:\s*")[0-9a-f]+(")/, '$1feedfacefeedfacefeedfacefeedface$2');
    expect(withNewPage).not.toBe(sw);
    writeFileSync(join(next, 'sw.js'), withNewPage);

    site = await startStaticSite(built);
    browser = await openWithWorker(site.url);
    const { page } = browser;
    const build = () => page.locator('meta[name="rapport-build"]').getAttribute('content');
    expect(await build()).toBe(stamp);

    // Deployed while the class is using it: the page goes on with the version it started with.
    site.serve(next);
    await page.reload();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null && (await navigator.serviceWorker.getRegistration())?.waiting !== undefined), { timeout: 30_000 }).toBe(true);
    expect(await build()).toBe(stamp);
    expect(await page.locator('[data-notice="offline-updated"]').count()).toBe(0);

    // The next start takes the new version, and says so.
    await page.reload();
    await expect.poll(build, { timeout: 20_000 }).toBe('next-version');
    const notice = page.locator('[data-notice="offline-updated"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('A new version of Rapport was installed since it was last used on this computer.');
    await screenshot(page, 'offline-new-version');
    expect(realErrors(browser)).toEqual([]);
  });
});
