/**
 * Issue 12, item 1: on a laptop (1366x768, 1280x800) the customer's latest line and every option of the first
 * decision are in view together without scrolling, on every bundled scenario; on a phone (390x844, touch) the
 * page never scrolls sideways, every option is at least 44 px tall and no keyboard-key hints are shown.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';

const scenarioIds = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

/**
 * A browser whose pages forget the unfinished conversation before they load: the app carries on with a saved
 * conversation rather than start the one a link names, and each test here wants the scenario it names.
 */
async function freshBrowser(device: NonNullable<Parameters<typeof openBrowser>[0]>['device']): Promise<Browser> {
  const browser = await openBrowser({ device });
  await browser.context.addInitScript(() => localStorage.removeItem('rapport.play'));
  browser.page.setDefaultTimeout(20_000);
  return browser;
}

/** Opens a scenario by its practice link and waits for its first decision. */
async function firstDecision(browser: Browser, id: string): Promise<void> {
  const { page } = browser;
  await page.goto(`${inject('baseUrl')}?scenario=${id}&mode=practice`);
  await page.locator(`.conversation[data-turn="0"][data-scenario="${id}"] button.choice`).first().waitFor();
  // Let the stage and fonts settle before measuring.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
}

/** Where the line and the options are, against the window, and whether anything scrolled to show them. */
const measure = (browser: Browser) =>
  browser.page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom), left: Math.round(r.left), right: Math.round(r.right), height: Math.round(r.height) };
    };
    const panel = document.querySelector('.conversation .panel')!;
    return {
      width: innerWidth,
      height: innerHeight,
      pageScrollWidth: document.documentElement.scrollWidth,
      pageScrolled: scrollY,
      panelScrolled: panel.scrollTop,
      line: box(document.querySelector('.conversation .line')!),
      options: [...document.querySelectorAll('.conversation button.choice')].map(box),
      keyHints: [...document.querySelectorAll('.choice-key, .mode-strip .help')].filter((e) => (e as HTMLElement).offsetParent !== null).length,
    };
  });

type Measured = Awaited<ReturnType<typeof measure>>;

const inView = (m: Measured, b: Measured['line']) => b.top >= 0 && b.bottom <= m.height && b.left >= 0 && b.right <= m.width;

describe.each([
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
])('a laptop at $width x $height', (viewport) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await freshBrowser({ viewport });
  });
  afterAll(() => browser?.close());

  it.each(scenarioIds)('%s: the line and every option are in view at the first decision, without scrolling', async (id) => {
    await firstDecision(browser, id);
    const m = await measure(browser);
    if (!m.options.every((o) => inView(m, o)) || !inView(m, m.line)) await screenshot(browser.page, `layout-${viewport.width}-${id}`);
    expect(m.pageScrolled).toBe(0);
    expect(m.panelScrolled).toBe(0);
    expect(m.pageScrollWidth).toBeLessThanOrEqual(m.width);
    expect(inView(m, m.line), `line ${JSON.stringify(m.line)} in ${m.width}x${m.height}`).toBe(true);
    expect(m.options.length).toBeGreaterThan(0);
    for (const [i, o] of m.options.entries()) expect(inView(m, o), `option ${i + 1} ${JSON.stringify(o)} in ${m.width}x${m.height}`).toBe(true);
    expect(browser.errors).toEqual([]);
  });
});

describe('a phone at 390 x 844 (touch)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await freshBrowser({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 });
  });
  afterAll(() => browser?.close());

  it('is a touch screen with a coarse pointer, as the hints rule expects', async () => {
    await browser.page.goto(`${inject('baseUrl')}`);
    expect(await browser.page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches)).toBe(true);
  });

  it.each(scenarioIds)('%s: no sideways scrolling, options at least 44 px tall, no key hints', async (id) => {
    await firstDecision(browser, id);
    const m = await measure(browser);
    expect(m.pageScrollWidth).toBeLessThanOrEqual(m.width);
    expect(m.line.right).toBeLessThanOrEqual(m.width);
    for (const o of m.options) {
      expect(o.height).toBeGreaterThanOrEqual(44);
      expect(o.right).toBeLessThanOrEqual(m.width);
    }
    expect(m.keyHints).toBe(0);
    expect(browser.errors).toEqual([]);
  });
});

describe('lines in other scripts, and written messages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await freshBrowser({ viewport: { width: 1366, height: 768 } });
  });
  afterAll(() => browser?.close());

  it('sets an Urdu line right to left, in its language, with its English meaning marked as English', async () => {
    await firstDecision(browser, 'language-urdu-council-tax');
    const said = browser.page.locator('.line .said');
    expect(await said.getAttribute('dir')).toBe('rtl');
    expect(await said.getAttribute('lang')).toBe('ur');
    expect(await said.evaluate((e) => getComputedStyle(e).textAlign)).toBe('right');
    expect(await browser.page.locator('.line .gloss [lang="en-GB"]').count()).toBe(1);
    await screenshot(browser.page, 'layout-urdu-1366');
  });

  it('shows an email as one: From, Subject and its paragraphs', async () => {
    await firstDecision(browser, 'complaint-written-bin-collections');
    const message = browser.page.locator('.line .written-message');
    expect(await message.locator('dt').allTextContents()).toEqual(['From', 'Subject']);
    expect(await message.locator('dd').first().textContent()).toBe('Mr Peter Lomax');
    expect(await message.locator('dd').nth(1).textContent()).toMatch(/^Missed AGAIN/);
    expect(await message.locator('.written-body p').count()).toBeGreaterThan(2);
    expect(await message.locator('.written-body').textContent()).not.toContain('Subject:');
  });
});
