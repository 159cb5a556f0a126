/**
 * Each scenario's data is fetched when it is needed, in the built app: the
 * picker downloads none of it (and the page's scripts hold no scenario's
 * lines or options), starting one fetches its file alone, a slow fetch shows
 * what is opening, and a fetch that fails offline says so while the learner's
 * saved conversation is kept and resumes once the file can be had. The review
 * page fetches only the scenario a file names.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTEFACTS, openBrowser, type Browser } from './browser.ts';
import { bestPathOf, pastModeChoice, say, startFromPicker } from './play.ts';
import { LEARNER, makeFixtures, type Fixtures } from './reviewFixtures.ts';

const DATA = /\/assets\/scenario-[\w-]+-[\w-]{8}\.json$/;
const dataOf = (url: string) => /\/assets\/scenario-([\w-]+)-[\w-]{8}\.json$/.exec(new URL(url).pathname)?.[1];

/** Scenario files the page asked for, and the text of every script it loaded (empty for one whose page has gone). */
function watch(context: BrowserContext): { data: string[]; scripts: Map<string, Promise<string>> } {
  const seen = { data: [] as string[], scripts: new Map<string, Promise<string>>() };
  context.on('request', (r) => {
    const id = dataOf(r.url());
    if (id) seen.data.push(id);
  });
  context.on('response', (r) => {
    if (r.request().resourceType() === 'script') seen.scripts.set(new URL(r.url()).pathname, r.text().catch(() => ''));
  });
  return seen;
}

/** What the learner sees in the window (a whole-page picture of the picker on a phone is many screens tall). */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`) });
}

/** Fails every scenario file's fetch as a browser that has lost its connection does. */
const offline = (route: Route) => route.abort('internetdisconnected');

let browser: Browser;
let fixtures: Fixtures;
beforeAll(() => {
  fixtures = makeFixtures();
});
afterAll(async () => {
  await browser?.close();
});

async function fresh(viewport = { width: 1366, height: 768 }): Promise<{ page: Page; context: BrowserContext; errors: string[]; seen: ReturnType<typeof watch> }> {
  await browser?.close();
  browser = await openBrowser();
  browser.page.setDefaultTimeout(15_000);
  await browser.page.setViewportSize(viewport);
  return { ...browser, seen: watch(browser.context) };
}

describe('scenario data fetched when it is needed', () => {
  it('loads the picker without any scenario data, and starting one fetches that one alone', async () => {
    const { page, seen, errors } = await fresh();
    const { scenario, says } = bestPathOf('counter-refund-no-receipt');
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: scenario.title, exact: true }).waitFor();
    expect(await page.locator('button.card').count()).toBeGreaterThanOrEqual(20);
    expect(seen.data).toEqual([]);
    // No scenario's words are in the page's scripts: its lines, options and reasons come with its own file.
    const scripts = await Promise.all([...seen.scripts.values()]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const text of [says[0]!, says[1]!]) expect(scripts.some((s) => s.includes(JSON.stringify(text).slice(1, -1)))).toBe(false);

    await startFromPicker(page, scenario.title);
    await say(page, says.slice(0, 1));
    expect(seen.data).toEqual(['counter-refund-no-receipt']);
    expect(errors).toEqual([]);
  });

  it('shows which scenario is opening while its file is slow to arrive, then the conversation', async () => {
    const { page, context, errors } = await fresh();
    const { scenario } = bestPathOf('phone-angry-energy-bill');
    let release: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await context.route(DATA, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: scenario.title, exact: true }).click();
    await page.locator('dialog[open]').getByRole('button', { name: 'Start', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: `Opening “${scenario.title}”…` });
    await status.waitFor();
    // Shown after a short wait, so a quick fetch does not flash it.
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.opening-status')!).opacity === '1');
    expect(await page.locator('main').getAttribute('aria-busy')).toBe('true');
    await screenshot(page, 'lazy-opening-1366x768');
    for (const [width, height] of [[390, 844], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `lazy-opening-${width}x${height}`);
    }
    release();
    await page.locator('.conversation').waitFor();
    expect(await page.locator('.opening-status').textContent()).toBe('');
    expect(await page.locator('main').getAttribute('aria-busy')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('offline before the file was cached: a notice names the scenario, the saved conversation is kept and resumes once it can be fetched', async () => {
    const { page, context, errors } = await fresh({ width: 390, height: 844 });
    const { scenario, says } = bestPathOf('counter-refund-no-receipt');
    await page.goto(inject('baseUrl'));
    await startFromPicker(page, scenario.title);
    await say(page, says.slice(0, 2));
    const saved = await page.evaluate(() => localStorage.getItem('rapport.play'));
    expect(saved).toContain('counter-refund-no-receipt');

    // Routing also bypasses the browser's cache, as a first visit offline would.
    await context.route(DATA, offline);
    await page.reload();
    const notice = page.locator('.notice').filter({ hasText: `“${scenario.title}” could not be loaded` });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Nothing you have done is lost: check your connection and try again.');
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    expect(await page.locator('.resume').textContent()).toContain(scenario.title);
    expect(await page.evaluate(() => localStorage.getItem('rapport.play'))).toBe(saved);
    await screenshot(page, 'lazy-offline-resume-390x844');

    // Another scenario cannot be started either, and says so; nothing is lost.
    const other = bestPathOf('phone-angry-energy-bill').scenario;
    await page.getByRole('button', { name: other.title, exact: true }).click();
    await page.locator('dialog[open]').getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('.notice').filter({ hasText: `“${other.title}” could not be loaded` }).waitFor();
    expect(await page.locator('.conversation').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('rapport.play'))).toBe(saved);

    await context.unroute(DATA, offline);
    await page.getByRole('button', { name: 'Carry on where you left off', exact: true }).click();
    await page.locator('.conversation[data-turn="2"]').waitFor();
    expect(await notice.count()).toBe(0);
    await say(page, says.slice(2, 3));
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it('a practice link whose scenario cannot be fetched opens its chooser with the notice, and Start tries again', async () => {
    const { page, context, errors } = await fresh({ width: 1920, height: 1080 });
    const { scenario } = bestPathOf('phone-angry-energy-bill');
    await context.route(DATA, offline);
    await page.goto(`${inject('baseUrl')}?scenario=${scenario.id}&mode=practice`);
    await page.locator('.notice').filter({ hasText: `“${scenario.title}” could not be loaded` }).waitFor();
    const dialog = page.locator(`dialog[open][data-scenario="${scenario.id}"]`);
    await dialog.waitFor();
    await screenshot(page, 'lazy-link-offline-1920x1080');
    await context.unroute(DATA, offline);
    await pastModeChoice(page);
    await page.getByRole('heading', { level: 1, name: scenario.title }).waitFor();
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it('the review page fetches only the scenario a file names, and refuses a file whose scenario cannot be fetched until it can', async () => {
    const { page, context, seen, errors } = await fresh();
    await page.goto(`${inject('baseUrl')}review.html`);
    const input = page.getByLabel('Choose transcript files (JSON)');
    await input.waitFor({ state: 'attached' });
    expect(seen.data).toEqual([]);

    await context.route(DATA, offline);
    await input.setInputFiles(fixtures.best.path);
    const refused = page.locator('.open-problems').filter({ hasText: `${fixtures.best.name} was not opened: the scenario “${fixtures.best.transcript.scenario.id}” it was made with could not be loaded` });
    await refused.waitFor();

    await context.unroute(DATA, offline);
    await input.setInputFiles(fixtures.best.path);
    const record = page.getByRole('region', { name: `${fixtures.best.transcript.scenario.title}: ${LEARNER}` });
    await record.waitFor();
    await expect.poll(() => record.locator('.finding').textContent()).toContain('Verified: replaying');
    expect([...new Set(seen.data)]).toEqual([fixtures.best.transcript.scenario.id]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
