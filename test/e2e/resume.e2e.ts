/**
 * Saved play in the browser: a reload in the middle of a call, and closing the
 * tab and coming back, both return to the same turn with the same history; a
 * full storage quota gives a notice and the conversation still plays to its end.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { bestPathOf, escapeRegExp, startFromPicker, say } from './play.ts';

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
});

/** The first two tests share a browser (loading the app checks every scenario, which takes a while on two cores). */
async function open(): Promise<Browser> {
  if (browser) return browser;
  browser = await openBrowser();
  browser.page.setDefaultTimeout(15_000);
  await browser.page.goto(inject('baseUrl'));
  return browser;
}

/** Everything the learner can see of where the conversation stands. */
const snapshot = (page: Page) =>
  page.evaluate(() => {
    const c = document.querySelector<HTMLElement>('.conversation')!;
    const text = (s: string) => c.querySelector(s)?.textContent ?? null;
    return {
      turn: c.dataset.turn,
      node: c.dataset.node,
      line: text('.line'),
      feedback: text('.feedback-panel'),
      meters: text('.meters'),
      phone: text('.phone-status'),
      responses: [...c.querySelectorAll('.choice-text')].map((e) => e.textContent),
    };
  });

async function finish(page: Page, title: string, rest: readonly string[]): Promise<void> {
  await say(page, rest);
  await page.getByRole('button', { name: 'See how you did' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^Debrief: ${escapeRegExp(title)}`) }).waitFor();
}

describe('saved play', () => {
  it('reloads in the middle of a call at the same turn with the same history, and plays on to full marks', async () => {
    const { page, errors } = await open();
    const { scenario, says } = bestPathOf('phone-angry-energy-bill');
    await startFromPicker(page, scenario.title);
    await say(page, says.slice(0, 4));
    const before = await snapshot(page);
    expect(before.turn).toBe('4');
    expect(before.feedback).toContain('You said');

    await page.reload();
    await page.locator('.conversation[data-turn="4"]').waitFor();
    expect(await snapshot(page)).toEqual(before);
    await screenshot(page, 'resume-after-reload');

    await finish(page, scenario.title, says.slice(4));
    expect(await page.locator('.score-number').textContent()).toBe('100%');
    // The debrief's path holds the turns from before the reload as well as after.
    expect(await page.locator('.path > li').count()).toBe(says.length);
    expect(await page.locator('.path-choice').first().textContent()).toContain(says[0]);
    expect(errors).toEqual([]);
    // A reviewed conversation is cleared from storage; the next test starts from the picker in this browser.
    await page.getByRole('button', { name: 'Play another scenario' }).click();
  });

  it('comes back to the same turn after the tab is closed and the page opened again', async () => {
    const { context, errors } = await open();
    const page = context.pages()[0]!;
    const { scenario, says } = bestPathOf('counter-refund-no-receipt');
    await startFromPicker(page, scenario.title);
    await say(page, says.slice(0, 2));
    const before = await snapshot(page);
    await page.close();

    const again = await context.newPage();
    again.setDefaultTimeout(15_000);
    again.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    again.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    await again.goto(inject('baseUrl'));
    await again.locator('.conversation[data-turn="2"]').waitFor();
    expect(await snapshot(again)).toEqual(before);
    await finish(again, scenario.title, says.slice(2));
    expect(await again.locator('.score-number').textContent()).toBe('100%');
    expect(errors).toEqual([]);
  });

  it('tells the learner when storage is full, and the conversation still plays to the end', async () => {
    await browser?.close();
    browser = await openBrowser();
    const { page, errors } = browser;
    page.setDefaultTimeout(15_000);
    // Fill this origin's localStorage to the brim before the app runs, as a crowded shared machine might.
    await page.addInitScript(() => {
      let size = 1 << 20;
      let i = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
        } catch {
          size >>= 1;
        }
      }
    });
    await page.goto(inject('baseUrl'));
    const { scenario, says } = bestPathOf('counter-refund-no-receipt');
    await startFromPicker(page, scenario.title);
    const notice = page.locator('.notices').getByText("Your browser's storage is full");
    await notice.waitFor();
    await say(page, says.slice(0, 1));
    await screenshot(page, 'storage-full-notice');
    await finish(page, scenario.title, says.slice(1));
    expect(await page.locator('.score-number').textContent()).toBe('100%');
    expect(await notice.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
